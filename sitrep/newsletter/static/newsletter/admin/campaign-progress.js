// Live progress on the newsletter campaign screen: polls the JSON endpoint of the same origin
// and updates the numbers in place. Without JavaScript the "Refresh" link does the same.
(function () {
  "use strict";
  var box = document.getElementById("nl-progress");
  if (!box || box.dataset.idle === "true") return;
  var url = box.dataset.progressUrl;
  var live = box.querySelector("[data-nl-live]");
  var lastStatus = null;
  var delay = 2000;

  function show(data) {
    Object.keys(data).forEach(function (key) {
      var el = box.querySelector('[data-nl="' + key + '"]');
      if (!el) return;
      var value = data[key];
      if (key === "pause_reason") value = value ? "— " + value : "";
      el.textContent = value === null || value === undefined ? "–" : String(value);
    });
    var bar = box.querySelector("[data-nl-bar]");
    if (bar) bar.value = data.percent || 0;
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (data) {
        show(data);
        // A status change may change the available buttons: reload the page once.
        if (lastStatus !== null && data.status !== lastStatus) {
          window.location.reload();
          return;
        }
        lastStatus = data.status;
        delay = 2000;
        if (!data.finished) window.setTimeout(poll, delay);
      })
      .catch(function () {
        delay = Math.min(delay * 2, 30000);
        window.setTimeout(poll, delay);
      });
  }

  if (live) live.hidden = false;
  if (box.dataset.finished !== "true") poll();
})();
