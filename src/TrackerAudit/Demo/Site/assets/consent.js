/*
 * Northshire Police's cookie banner (TrackerAudit demo replica).
 *
 * Like many sites' consent managers, it lets the trackers (Meta Pixel, Google tag, TikTok Pixel)
 * run until the visitor answers: they fire before consent. After "Reject all" it tells each one with
 * its own call (fbq('consent', 'revoke'), gtag('consent', 'update', {...: 'denied'}),
 * ttq.revokeConsent()), and on later pages each base code does so before it starts (the server
 * writes those lines into the base code). Served with data-respect-refusal="false", it is a broken
 * consent manager: it records the refusal and tells nobody.
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

  function tellTrackers(action) {
    if (typeof window.fbq === 'function') {
      window.fbq('consent', action);
    }
    if (typeof window.gtag === 'function') {
      var state = action === 'grant' ? 'granted' : 'denied';
      window.gtag('consent', 'update', { ad_storage: state, analytics_storage: state });
    }
    if (window.ttq && typeof window.ttq.revokeConsent === 'function') {
      if (action === 'grant') {
        window.ttq.grantConsent();
      } else {
        window.ttq.revokeConsent();
      }
    }
  }

  function hideBanner() {
    var banner = document.getElementById('cookie-banner');
    if (banner) {
      banner.hidden = true;
    }
  }

  // Capturing on window runs before any listener on document, the trackers' click listeners included:
  // a refusal is honoured before the click that gives it can be reported.
  window.addEventListener('click', function (event) {
    var button = event.target && event.target.closest ? event.target.closest('#cookies-accept, #cookies-reject') : null;
    if (!button) {
      return;
    }
    if (button.id === 'cookies-reject') {
      remember('rejected');
      if (respectRefusal) {
        tellTrackers('revoke');
      }
    } else {
      remember('accepted');
      tellTrackers('grant');
    }
    hideBanner();
  }, true);

  document.addEventListener('DOMContentLoaded', function () {
    if (answer()) {
      hideBanner();
    }
  });
})(window, document);
