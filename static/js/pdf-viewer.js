// Reads a PDF inside the page without a plug-in: PDF.js, served from this site like every other
// script. Each page is drawn on a canvas; the download link beside the viewer stays the way to
// read the PDF with a screen reader or another program.
(function () {
  "use strict";

  var viewer = document.querySelector("[data-pdf-viewer]");
  if (!viewer) {
    return;
  }
  var status = viewer.querySelector("[data-pdf-status]");
  var pages = viewer.querySelector("[data-pdf-pages]");

  function say(text) {
    status.textContent = text;
  }

  async function show() {
    var pdfjs = await import(viewer.dataset.library);
    pdfjs.GlobalWorkerOptions.workerSrc = viewer.dataset.worker;
    var pdf = await pdfjs.getDocument({ url: viewer.dataset.src, withCredentials: true }).promise;
    for (var number = 1; number <= pdf.numPages; number += 1) {
      var page = await pdf.getPage(number);
      var viewport = page.getViewport({ scale: 1.5 });
      var canvas = document.createElement("canvas");
      canvas.className = "pdf-viewer__page";
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.setAttribute("role", "img");
      canvas.setAttribute(
        "aria-label",
        viewer.dataset.pageLabel.replace("%(page)s", number).replace("%(pages)s", pdf.numPages)
      );
      pages.appendChild(canvas);
      await page.render({ canvasContext: canvas.getContext("2d"), viewport: viewport }).promise;
    }
    viewer.dataset.pagesShown = String(pdf.numPages);
    say(viewer.dataset.loaded.replace("%(pages)s", pdf.numPages));
  }

  show().catch(function () {
    viewer.dataset.pagesShown = "0";
    say(viewer.dataset.failed);
  });
})();
