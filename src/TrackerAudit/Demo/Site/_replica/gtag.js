/*
 * TrackerAudit demo: a replica of the Google tag (gtag.js) sending Google Analytics 4 hits.
 *
 * This is NOT Google's code. It was written for TrackerAudit from Google's public documentation
 * (the gtag.js API, Consent Mode, enhanced measurement) and from published descriptions of the GA4
 * Measurement Protocol as browsers send it (see docs/decode.md and the tracker reference). It speaks
 * the same wire format to https://region1.google-analytics.com/g/collect so that `trackeraudit demo`
 * can show, offline, what a site with GA4 tells Google: TrackerAudit routes
 * https://www.googletagmanager.com/** to this file and answers the collection endpoint itself.
 *
 * What it reproduces: the dataLayer command queue (js, config, event, consent, set); page_view on
 * config with the page URL, referrer and title; the `_ga` client id cookie (cid) and the session
 * cookie (sid, sct); enhanced measurement's form_start (the form's id, name, destination and first
 * field, on the first interaction with a form) and form_submit (with the submit button's text), and
 * scroll at 90%; Consent Mode: after
 * gtag('consent', 'update', {analytics_storage: 'denied'}) nothing more is sent (the "basic" mode).
 */
(function (window, document) {
  'use strict';

  var dataLayer = window.dataLayer = window.dataLayer || [];
  if (dataLayer.trackerAuditReplica) {
    return;
  }

  var ENDPOINT = 'https://region1.google-analytics.com/g/collect';
  var GTM_BUILD = '45je4b10v9';
  var loadedAt = Date.now();
  var pageLoad = String(loadedAt);
  var measurementIds = [];
  var hits = 0;
  var denied = false;
  var sentFormStart = {};

  function cookie(name) {
    var match = new RegExp('(?:^|;\\s*)' + name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '=([^;]*)').exec(document.cookie);
    return match ? decodeURIComponent(match[1]) : null;
  }

  function setCookie(name, value) {
    document.cookie = name + '=' + value + '; max-age=' + (400 * 24 * 60 * 60) + '; path=/; SameSite=Lax';
  }

  // _ga = GA1.1.<random>.<first visit, unix s>; the client id (cid) is its last two parts.
  function clientId() {
    var ga = cookie('_ga');
    if (ga) {
      return { id: ga.split('.').slice(2).join('.'), firstVisit: false };
    }
    var id = Math.floor(Math.random() * 2147483647) + '.' + Math.floor(loadedAt / 1000);
    setCookie('_ga', 'GA1.1.' + id);
    return { id: id, firstVisit: true };
  }

  // _ga_<container> = GS1.1.<session start>.<session count>.<engaged>...
  function session(measurementId) {
    var name = '_ga_' + measurementId.replace(/^G-/, '');
    var parts = (cookie(name) || '').split('.');
    var start = parts.length > 3 ? parts[2] : null;
    var count = parts.length > 3 ? parseInt(parts[3], 10) || 1 : 1;
    var fresh = !start || loadedAt / 1000 - parseInt(start, 10) > 30 * 60;
    if (fresh) {
      start = String(Math.floor(loadedAt / 1000));
      count = parts.length > 3 ? count + 1 : 1;
    }
    setCookie(name, ['GS1', '1', start, count, '1', Math.floor(Date.now() / 1000), '0', '0', '0'].join('.'));
    return { id: start, count: count, started: fresh };
  }

  function encode(params) {
    var pairs = [];
    for (var key in params) {
      if (Object.prototype.hasOwnProperty.call(params, key) && params[key] !== undefined && params[key] !== null) {
        pairs.push(encodeURIComponent(key) + '=' + encodeURIComponent(String(params[key])));
      }
    }
    return pairs.join('&');
  }

  function send(measurementId, eventName, eventParams, useBeacon) {
    if (denied) {
      return;
    }
    var client = clientId();
    var visit = session(measurementId);
    hits += 1;
    var params = {
      v: 2,
      tid: measurementId,
      gtm: GTM_BUILD,
      _p: pageLoad,
      gcd: '13l3l3l3l1l1',
      npa: 0,
      dma: 0,
      cid: client.id,
      ul: (navigator.language || '').toLowerCase(),
      sr: screen.width + 'x' + screen.height,
      _s: hits,
      sid: visit.id,
      sct: visit.count,
      seg: 1,
      dl: location.href,
      dr: document.referrer || undefined,
      dt: document.title,
      en: eventName,
      _fv: client.firstVisit && hits === 1 ? 1 : undefined,
      _ss: visit.started && hits === 1 ? 1 : undefined,
      tfd: Date.now() - loadedAt
    };
    for (var key in eventParams) {
      if (Object.prototype.hasOwnProperty.call(eventParams, key)) {
        params[(typeof eventParams[key] === 'number' ? 'epn.' : 'ep.') + key] = eventParams[key];
      }
    }
    var url = ENDPOINT + '?' + encode(params);
    // gtag.js sends hits by sendBeacon (a POST with an empty body) and falls back on fetch.
    if (!(navigator.sendBeacon && navigator.sendBeacon(url)) && !useBeacon) {
      fetch(url, { method: 'POST', mode: 'no-cors', keepalive: true, credentials: 'include' });
    }
  }

  function sendToAll(eventName, eventParams, useBeacon) {
    for (var i = 0; i < measurementIds.length; i++) {
      send(measurementIds[i], eventName, eventParams, useBeacon);
    }
  }

  function consent(mode, state) {
    if (state && state.analytics_storage) {
      denied = state.analytics_storage === 'denied';
    }
  }

  function command(args) {
    switch (args[0]) {
      case 'config':
        if (measurementIds.indexOf(args[1]) < 0) {
          measurementIds.push(args[1]);
        }
        if (!args[2] || args[2].send_page_view !== false) {
          send(args[1], 'page_view', {}, false);
        }
        break;
      case 'event':
        sendToAll(args[1], args[2] || {}, false);
        break;
      case 'consent':
        consent(args[1], args[2]);
        break;
      default:
        break;
    }
  }

  // ---- enhanced measurement ------------------------------------------------------------------

  function fieldPosition(form, field) {
    for (var i = 0; i < form.elements.length; i++) {
      if (form.elements[i] === field) {
        return i + 1;
      }
    }
    return 0;
  }

  function formParams(form) {
    return {
      form_id: form.id || '',
      form_name: form.getAttribute('name') || '',
      form_destination: form.action || location.href,
      form_length: form.elements.length
    };
  }

  document.addEventListener('focusin', function (event) {
    var field = event.target;
    var form = field && field.form;
    if (!form) {
      return;
    }
    var key = (form.id || '') + '|' + (form.action || '');
    if (sentFormStart[key]) {
      return;
    }
    sentFormStart[key] = true;
    var params = formParams(form);
    params.first_field_id = field.id || '';
    params.first_field_name = field.name || '';
    params.first_field_type = field.type || field.tagName.toLowerCase();
    params.first_field_position = fieldPosition(form, field);
    sendToAll('form_start', params, false);
  }, true);

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var params = formParams(form);
    var submitter = event.submitter;
    if (submitter) {
      params.form_submit_text = (submitter.innerText || submitter.value || '').trim();
    }
    // The page is about to go: only a beacon survives.
    sendToAll('form_submit', params, true);
  }, true);

  var scrolled = false;
  window.addEventListener('scroll', function () {
    var height = document.documentElement.scrollHeight - window.innerHeight;
    if (!scrolled && height > 0 && window.scrollY / height >= 0.9) {
      scrolled = true;
      sendToAll('scroll', { percent_scrolled: 90 }, false);
    }
  }, { passive: true });

  // ---- the queue -----------------------------------------------------------------------------

  var queued = dataLayer.slice();
  dataLayer.push = function () {
    for (var i = 0; i < arguments.length; i++) {
      Array.prototype.push.call(dataLayer, arguments[i]);
      command(arguments[i]);
    }
    return dataLayer.length;
  };
  dataLayer.trackerAuditReplica = true;
  for (var i = 0; i < queued.length; i++) {
    command(queued[i]);
  }
})(window, document);
