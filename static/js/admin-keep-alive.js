// Keeps an editor signed in while they type in a form of the admin: the
// session ends after an idle hour, and typing sends no request. Once signed
// out, the page says so before a save would send the text to a login page.
(function () {
  "use strict";
  const meta = document.querySelector('meta[name="keep-alive"]');
  const form = document.querySelector("#content-main form");
  if (!meta || !form) {
    return;
  }
  const everyMs = 5 * 60 * 1000;
  let lastPing = 0; // the first keystroke checks at once
  let warned = false;

  function warn() {
    if (warned) {
      return;
    }
    warned = true;
    const list = document.createElement("ul");
    list.className = "messagelist";
    const item = document.createElement("li");
    item.className = "warning";
    item.setAttribute("role", "alert");
    item.textContent = meta.dataset.signedOut;
    list.append(item);
    document.querySelector("#content-main").prepend(list);
  }

  function ping() {
    lastPing = Date.now();
    fetch(meta.content, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        return response.json();
      })
      .then(function (answer) {
        if (!answer.signed_in) {
          warn();
        }
      })
      .catch(function () {});
  }

  // The rich-text editor may handle keys itself: keydown reaches us anyway.
  ["input", "keydown"].forEach(function (type) {
    form.addEventListener(type, function () {
      if (Date.now() - lastPing > everyMs) {
        ping();
      }
    });
  });
})();
