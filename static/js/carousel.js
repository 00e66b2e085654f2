// The home page carousel: one slide at a time, with previous, next and
// pause buttons and the arrow keys. It moves by itself only while nobody
// is reading it (no focus or pointer inside), never after the visitor has
// paused it, and never when the visitor asks for reduced motion. Without
// this script the first slide is shown alone.
(function () {
  "use strict";
  var carousel = document.querySelector(".carousel");
  if (!carousel) return;
  var slides = Array.prototype.slice.call(carousel.querySelectorAll(".slide"));
  var controls = carousel.querySelector(".carousel__controls");
  var region = carousel.querySelector(".carousel__slides");
  var pauseButton = carousel.querySelector(".carousel__pause");
  var interval = parseInt(carousel.dataset.interval, 10) || 7000;
  var reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
  var current = 0;
  var timer = null;
  var pausedByVisitor = reducedMotion.matches;
  var hovered = false;
  var focused = false;

  if (slides.length < 2) return;

  function show(index) {
    // Focus on the slide being hidden moves to the one shown, never to the page.
    var hadFocus = slides[current].contains(document.activeElement);
    current = (index + slides.length) % slides.length;
    slides.forEach(function (slide, position) {
      slide.hidden = position !== current;
    });
    if (hadFocus) {
      var link = slides[current].querySelector("a");
      if (link) {
        link.focus();
      } else {
        slides[current].setAttribute("tabindex", "-1");
        slides[current].focus();
      }
    }
  }

  function running() {
    return timer !== null;
  }

  function update() {
    var shouldRun = !pausedByVisitor && !hovered && !focused;
    if (shouldRun && !running()) {
      timer = window.setInterval(function () { show(current + 1); }, interval);
    } else if (!shouldRun && running()) {
      window.clearInterval(timer);
      timer = null;
    }
    // Announce slide changes only when the visitor makes them.
    region.setAttribute("aria-live", running() ? "off" : "polite");
    pauseButton.textContent = pausedByVisitor
      ? pauseButton.dataset.labelPlay
      : pauseButton.dataset.labelPause;
  }

  carousel.classList.add("is-enhanced");
  controls.hidden = false;
  slides.forEach(function (slide) { slide.removeAttribute("data-later"); });
  show(0);

  pauseButton.addEventListener("click", function () {
    pausedByVisitor = !pausedByVisitor;
    update();
  });
  carousel.querySelector(".carousel__prev").addEventListener("click", function () {
    show(current - 1);
  });
  carousel.querySelector(".carousel__next").addEventListener("click", function () {
    show(current + 1);
  });
  carousel.addEventListener("keydown", function (event) {
    if (event.key === "ArrowLeft") { show(current - 1); event.preventDefault(); }
    if (event.key === "ArrowRight") { show(current + 1); event.preventDefault(); }
  });
  carousel.addEventListener("mouseenter", function () { hovered = true; update(); });
  carousel.addEventListener("mouseleave", function () { hovered = false; update(); });
  carousel.addEventListener("focusin", function () { focused = true; update(); });
  carousel.addEventListener("focusout", function (event) {
    focused = carousel.contains(event.relatedTarget);
    update();
  });
  reducedMotion.addEventListener("change", function () {
    if (reducedMotion.matches) pausedByVisitor = true;
    update();
  });
  update();
})();
