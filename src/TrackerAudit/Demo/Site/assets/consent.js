/*
 * Northshire Police's cookie banner (TrackerAudit demo replica).
 *
 * Like many sites' consent managers, it lets the Meta Pixel run until the visitor answers: the
 * pixel fires before consent. After "Reject all" it revokes the pixel's consent with Meta's own
 * call, fbq('consent', 'revoke'), and on later pages the base code revokes it before init (the
 * server writes that line into the base code). Served with data-respect-refusal="false", it is a
 * broken consent manager: it records the refusal and tells nobody.
 */
(function (window, document) {
  'use strict';

  var COOKIE = 'np_consent';
  var script = document.currentScript;
  var respectRefusal = !script || script.getAttribute('data-respect-refusal') !== 'false';

  function answer() {
    var match = /(?:^|;\s*)np_consent=(accepted|rejected)/.exec(document.cookie);
    return match ? match[1] : null;
  }

  function remember(value) {
    document.cookie = COOKIE + '=' + value + '; max-age=' + (180 * 24 * 60 * 60) + '; path=/; SameSite=Lax';
  }

  function tellPixel(action) {
    if (typeof window.fbq === 'function') {
      window.fbq('consent', action);
    }
  }

  function hideBanner() {
    var banner = document.getElementById('cookie-banner');
    if (banner) {
      banner.hidden = true;
    }
  }

  // Capturing on window runs before any listener on document, the pixel's click listener included:
  // a refusal is honoured before the click that gives it can be reported.
  window.addEventListener('click', function (event) {
    var button = event.target && event.target.closest ? event.target.closest('#cookies-accept, #cookies-reject') : null;
    if (!button) {
      return;
    }
    if (button.id === 'cookies-reject') {
      remember('rejected');
      if (respectRefusal) {
        tellPixel('revoke');
      }
    } else {
      remember('accepted');
      tellPixel('grant');
    }
    hideBanner();
  }, true);

  document.addEventListener('DOMContentLoaded', function () {
    if (answer()) {
      hideBanner();
    }
  });
})(window, document);
