// The chair's meeting mode: keyboard shortcuts and the running clock of the current item.
// Everything works without this file; it only saves keystrokes on a shared screen.
(function () {
  "use strict";

  function typing(target) {
    return target.closest("input, textarea, select, [contenteditable]") !== null;
  }

  function follow(selector) {
    var link = document.querySelector(selector);
    if (link) {
      window.location.assign(link.href);
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) {
      return;
    }
    var key = event.key.toLowerCase();
    if (key === "n") {
      follow(".meeting-mode__steps a[rel=next]");
    } else if (key === "v") {
      follow(".meeting-mode__steps a[rel=prev]");
    } else if (key === "t") {
      var form = document.getElementById("tijd-form");
      if (form) {
        form.requestSubmit();
      }
    } else if (/^[1-9]$/.test(key)) {
      follow('.meeting-mode__list a[data-key="' + key + '"]');
    } else {
      return;
    }
    event.preventDefault();
  });

  function show(clock, seconds) {
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    clock.textContent = minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  var clock = document.querySelector(".timer__clock");
  if (clock) {
    var seconds = parseInt(clock.dataset.seconds, 10) || 0;
    show(clock, seconds);
    if (clock.dataset.running) {
      var started = Date.now() - seconds * 1000;
      window.setInterval(function () {
        show(clock, Math.floor((Date.now() - started) / 1000));
      }, 1000);
    }
  }
})();
