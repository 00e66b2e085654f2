// The main menu on narrow screens: a button shows and hides it. Without
// this script the menu is simply always shown.
(function () {
  "use strict";
  var nav = document.querySelector(".main-menu");
  if (!nav) return;
  var button = nav.querySelector(".menu-toggle");

  function setOpen(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    nav.classList.toggle("is-open", open);
  }

  nav.classList.add("has-toggle");
  button.hidden = false;
  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  nav.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && nav.classList.contains("is-open")) {
      setOpen(false);
      button.focus();
    }
  });
})();
