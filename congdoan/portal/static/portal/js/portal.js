// Progressive enhancement only: every link and page works without this script.
(function () {
  "use strict";

  // Mobile menu and sub-menus: buttons that toggle aria-expanded and an open class.
  function toggle(button, container, openClass) {
    const open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    container.classList.toggle(openClass, open);
  }
  const nav = document.querySelector(".main-nav");
  if (nav) {
    const menuButton = nav.querySelector(".main-nav__toggle");
    menuButton.addEventListener("click", () => toggle(menuButton, nav, "main-nav--open"));
    nav.querySelectorAll(".main-nav__expand").forEach((button) => {
      button.addEventListener("click", () => toggle(button, button.parentElement, "main-nav__item--open"));
    });
    nav.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      nav.querySelectorAll("[aria-expanded='true']").forEach((button) => button.click());
    });
  }

  // Slider: previous/next/pause buttons; advances every 6 s unless paused,
  // hovered, focused, or the reader prefers reduced motion.
  document.querySelectorAll("[data-slider]").forEach((slider) => {
    const track = slider.querySelector("[data-slider-track]");
    const slides = track.children.length;
    if (slides < 2) return;
    let index = 0;
    let paused = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    const pauseButton = slider.querySelector("[data-slider-pause]");
    function show(next) {
      index = (next + slides) % slides;
      track.scrollTo({ left: index * track.clientWidth });
    }
    function setPaused(value) {
      paused = value;
      pauseButton.textContent = paused ? "▶" : "❚❚";
      pauseButton.setAttribute("aria-label", paused ? pauseButton.dataset.labelPlay : pauseButton.dataset.labelPause);
    }
    slider.querySelector("[data-slider-prev]").addEventListener("click", () => show(index - 1));
    slider.querySelector("[data-slider-next]").addEventListener("click", () => show(index + 1));
    pauseButton.addEventListener("click", () => setPaused(!paused));
    track.addEventListener("scroll", () => {
      index = Math.round(track.scrollLeft / Math.max(track.clientWidth, 1));
    }, { passive: true });
    let hovering = false;
    slider.addEventListener("mouseenter", () => { hovering = true; });
    slider.addEventListener("mouseleave", () => { hovering = false; });
    setPaused(paused);
    window.setInterval(() => {
      if (!paused && !hovering && !slider.contains(document.activeElement)) show(index + 1);
    }, 6000);
  });
})();
