// The album's photos in a viewer: arrow keys or buttons step through them,
// Escape or the close button closes it and focus returns to the photo last
// shown. Captions are read out as they change. Without this
// script each photo is a plain link to its large version.
(function () {
  "use strict";
  var grid = document.querySelector("[data-lightbox]");
  if (!grid || typeof HTMLDialogElement === "undefined") return;
  var links = Array.prototype.slice.call(grid.querySelectorAll("a[data-webp]"));
  var labels = grid.dataset;
  var current = 0;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  var dialog = element("dialog", "lightbox");
  dialog.setAttribute("aria-label", labels.labelDialog);
  var picture = element("picture");
  var source = element("source");
  source.type = "image/webp";
  var image = element("img", "lightbox__image");
  picture.append(source, image);
  var text = element("div", "lightbox__text");
  text.setAttribute("aria-live", "polite");
  var position = element("p", "lightbox__position");
  var description = element("p", "visually-hidden");
  var caption = element("p", "lightbox__caption");
  var credit = element("p", "lightbox__credit");
  text.append(position, description, caption, credit);
  var previous = element("button", "lightbox__previous", "‹");
  previous.type = "button";
  previous.setAttribute("aria-label", labels.labelPrevious);
  var next = element("button", "lightbox__next", "›");
  next.type = "button";
  next.setAttribute("aria-label", labels.labelNext);
  var close = element("button", "lightbox__close", "×");
  close.type = "button";
  close.setAttribute("aria-label", labels.labelClose);
  dialog.append(close, picture, previous, next, text);
  document.body.append(dialog);

  function show(index) {
    current = (index + links.length) % links.length;
    var link = links[current];
    var thumbnail = link.querySelector("img");
    source.srcset = link.dataset.webp;
    image.src = link.href;
    image.alt = thumbnail ? thumbnail.alt : "";
    // Read out with the rest: what the photo shows, unless the caption says it.
    description.textContent = image.alt !== link.dataset.caption ? image.alt : "";
    position.textContent = link.dataset.position;
    caption.textContent = link.dataset.caption;
    credit.textContent = link.dataset.credit;
  }

  if (links.length < 2) {
    previous.hidden = true;
    next.hidden = true;
  }

  links.forEach(function (link, index) {
    link.addEventListener("click", function (event) {
      // A click with a modifier opens the photo in a tab, as links do.
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      dialog.showModal();
      // Filled in once open, so that screen readers announce it.
      show(index);
      close.focus();
    });
  });
  previous.addEventListener("click", function () { show(current - 1); });
  next.addEventListener("click", function () { show(current + 1); });
  close.addEventListener("click", function () { dialog.close(); });
  dialog.addEventListener("keydown", function (event) {
    if (event.key === "ArrowLeft") { show(current - 1); event.preventDefault(); }
    if (event.key === "ArrowRight") { show(current + 1); event.preventDefault(); }
  });
  // A click on the backdrop, outside the photo, closes it too.
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) dialog.close();
  });
  // Back to the photo last shown, in the grid.
  dialog.addEventListener("close", function () {
    links[current].focus();
  });
})();
