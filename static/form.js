/*
 * Dialoog website contact form.
 *
 * On the office's website:
 *   <script src="https://INBOX-HOST/static/form.js" data-dialoog-form="FORM-KEY" data-lang="nl" async></script>
 * inserts an <iframe> with the form right after the script tag (data-lang is optional:
 * without it the visitor's browser language is used).
 *
 * Inside that iframe the same file reports the page height to the parent, so the frame
 * grows with its content (error messages, the thank-you page). No inline scripts needed.
 */
(function () {
  "use strict";

  var MIN_HEIGHT = 320;
  var MAX_HEIGHT = 4000;

  function reportHeight() {
    if (window.parent === window) {
      return;
    }
    var height = Math.ceil(document.documentElement.scrollHeight);
    window.parent.postMessage({ dialoogFormHeight: height }, "*");
  }

  function insideFrame() {
    reportHeight();
    window.addEventListener("resize", reportHeight);
    if (window.ResizeObserver) {
      new window.ResizeObserver(reportHeight).observe(document.body);
    }
  }

  function embed(script) {
    var key = script.getAttribute("data-dialoog-form");
    if (!key) {
      return;
    }
    var base = new URL(script.src, window.location.href);
    var url = new URL("/form/" + encodeURIComponent(key), base);
    var lang = script.getAttribute("data-lang");
    if (lang) {
      url.searchParams.set("lang", lang);
    }
    var frame = document.createElement("iframe");
    frame.src = url.toString();
    frame.title = script.getAttribute("data-title") || "Contact";
    frame.className = "dialoog-form-frame";
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.height = MIN_HEIGHT + "px";
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("referrerpolicy", "no-referrer");
    script.parentNode.insertBefore(frame, script.nextSibling);
    window.addEventListener("message", function (event) {
      if (event.source !== frame.contentWindow || event.origin !== base.origin) {
        return;
      }
      var height = event.data && Number(event.data.dialoogFormHeight);
      if (height > 0) {
        frame.style.height = Math.min(Math.max(height, MIN_HEIGHT), MAX_HEIGHT) + "px";
      }
    });
  }

  if (document.documentElement.getAttribute("data-dialoog-frame") === "1") {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", insideFrame);
    } else {
      insideFrame();
    }
    return;
  }
  var current = document.currentScript;
  if (current) {
    embed(current);
  } else {
    Array.prototype.forEach.call(document.querySelectorAll("script[data-dialoog-form]"), embed);
  }
})();
