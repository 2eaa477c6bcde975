// The charts of the insight pages, drawn by Chart.js from the figures the page carries as JSON
// (a data block, not a script). Every chart repeats the table under it, which is what screen
// readers read; hidden counts ("< 5") are gaps in the chart.
(function () {
  "use strict";

  // NL Design System-like colours, distinguishable and with enough contrast on white.
  var COLOURS = [
    "#154273", "#e17000", "#39870c", "#a90061", "#007bc7",
    "#673327", "#8fcae7", "#ffb612", "#76d2b6", "#42145f", "#d52b1e", "#777c00",
  ];

  function draw(canvas) {
    var source = document.getElementById(canvas.dataset.chart);
    if (!source || !window.Chart) {
      return;
    }
    var spec = JSON.parse(source.textContent);
    var locale = document.documentElement.lang === "en" ? "en-GB" : "nl-NL";
    var percent = Boolean(spec.percent);
    var numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: percent ? 0 : 1 });
    var horizontal = Boolean(spec.horizontal);
    var line = spec.type === "line";
    var datasets = spec.datasets.map(function (set, index) {
      // A series may bring its own colour (the escalation levels: green to dark red).
      var colour = set.colour || COLOURS[index % COLOURS.length];
      return {
        label: set.label,
        data: set.data,
        backgroundColor: colour,
        borderColor: colour,
        borderWidth: line ? 3 : 0,
        pointRadius: line ? 4 : 0,
        spanGaps: false,
      };
    });
    var valueAxis = {
      beginAtZero: true,
      stacked: Boolean(spec.stacked),
      max: percent ? 100 : undefined,
      ticks: {
        precision: 0,
        callback: function (value) {
          return numbers.format(value) + (percent ? "%" : "");
        },
      },
    };
    var categoryAxis = { stacked: Boolean(spec.stacked), ticks: { autoSkip: false } };
    canvas.parentElement.style.height = horizontal ? Math.max(12, 3 + 2.2 * spec.labels.length) + "rem" : "20rem";
    new window.Chart(canvas, {
      type: line ? "line" : "bar",
      data: { labels: spec.labels, datasets: datasets },
      options: {
        locale: locale,
        indexAxis: horizontal ? "y" : "x",
        maintainAspectRatio: false,
        animation: false,
        scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          legend: { position: "bottom", labels: { color: "#1b1b1b", boxWidth: 14 } },
          tooltip: {
            callbacks: {
              label: function (context) {
                var value = horizontal ? context.parsed.x : context.parsed.y;
                var shown = value === null || value === undefined ? "< 5" : numbers.format(value) + (percent ? "%" : "");
                return context.dataset.label + ": " + shown;
              },
            },
          },
        },
      },
    });
  }

  function start() {
    if (window.Chart) {
      window.Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
      window.Chart.defaults.color = "#1b1b1b";
    }
    document.querySelectorAll("canvas[data-chart]").forEach(draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
