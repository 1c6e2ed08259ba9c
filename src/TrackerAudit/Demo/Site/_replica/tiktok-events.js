/*
 * TrackerAudit demo: a replica of the TikTok Pixel library (analytics.tiktok.com/i18n/pixel/events.js).
 *
 * This is NOT TikTok's code. It was written for TrackerAudit from TikTok's public developer pages
 * (the ttq API, automatic events, consent calls) and from published captures of what the real
 * library sends (The Markup's and others' HAR files, summarised in the tracker reference). It speaks
 * the same wire format to https://analytics.tiktok.com/api/v2/pixel so that `trackeraudit demo` can
 * show, offline, what a site with the TikTok Pixel tells TikTok: TrackerAudit routes the library URL
 * to this file and answers the endpoints itself.
 *
 * What it reproduces: the ttq queue API (load, page, track, identify, holdConsent, revokeConsent,
 * grantConsent); a Pageview event with the page URL and referrer and the `_ttp` anonymous id; the
 * automatic "Metadata" action with the page's title, Open Graph and JSON-LD; the automatic "Click"
 * action with the clicked element's tag, text, attributes and XPath; JSON sent as text/plain by
 * sendBeacon. After ttq.revokeConsent() nothing is sent; ttq.holdConsent() holds events until
 * ttq.grantConsent().
 */
(function (window, document) {
  'use strict';

  var name = window.TiktokAnalyticsObject || 'ttq';
  var ttq = window[name];
  if (!ttq || ttq.trackerAuditReplica) {
    return;
  }

  var HOST = 'https://analytics.tiktok.com';
  var LIBRARY = { name: 'pixel.js', version: '2.2.1' };
  var MAX_TEXT = 100;
  var codes = [];
  var revoked = false;
  var held = false;
  var heldPayloads = [];
  var identity = {};
  var loadedAt = Date.now();
  var sessionId = String(loadedAt) + '::' + Math.random().toString(36).slice(2, 14);

  function cookie(cookieName) {
    var match = new RegExp('(?:^|;\\s*)' + cookieName + '=([^;]*)').exec(document.cookie);
    return match ? decodeURIComponent(match[1]) : null;
  }

  // _ttp: TikTok's first-party anonymous id, sent as context.user.anonymous_id.
  function anonymousId() {
    var id = cookie('_ttp');
    if (!id) {
      id = Math.random().toString(36).slice(2, 14) + Math.random().toString(36).slice(2, 14);
      document.cookie = '_ttp=' + id + '; max-age=' + (390 * 24 * 60 * 60) + '; path=/; SameSite=Lax';
    }
    return id;
  }

  function messageId() {
    return 'messageId-' + Date.now() + '-' + Math.random().toString(36).slice(2, 12);
  }

  function context(code) {
    var user = { anonymous_id: anonymousId() };
    for (var key in identity) {
      if (Object.prototype.hasOwnProperty.call(identity, key)) {
        user[key] = identity[key];
      }
    }
    return {
      ad: {},
      device: { platform: 'pc' },
      library: LIBRARY,
      page: { url: location.href, referrer: document.referrer, load_progress: String(Date.now() - loadedAt) },
      pixel: { code: code },
      session_id: sessionId,
      user: user,
      userAgent: navigator.userAgent
    };
  }

  function post(path, payload) {
    if (revoked) {
      return;
    }
    if (held) {
      heldPayloads.push([path, payload]);
      return;
    }
    var body = JSON.stringify(payload);
    // A string given to sendBeacon goes as text/plain;charset=UTF-8, as TikTok's library sends it.
    if (!(navigator.sendBeacon && navigator.sendBeacon(HOST + path, body))) {
      fetch(HOST + path, { method: 'POST', body: body, keepalive: true, mode: 'no-cors', credentials: 'include' });
    }
  }

  function event(eventName, properties) {
    for (var i = 0; i < codes.length; i++) {
      post('/api/v2/pixel', {
        event: eventName,
        message_id: messageId(),
        event_id: '',
        is_onsite: false,
        timestamp: new Date().toISOString(),
        context: context(codes[i]),
        properties: properties || {},
        _inspection: {}
      });
    }
  }

  function action(actionName, autoCollected) {
    if (codes.length === 0) {
      return;
    }
    var payload = {
      action: actionName,
      auto_collected_properties: autoCollected,
      message_id: messageId(),
      timestamp: new Date().toISOString(),
      context: context(codes.join('|'))
    };
    payload.context.pixel.codes = codes.join('|');
    post('/api/v2/pixel/act', payload);
  }

  function metaContent(selector) {
    var element = document.querySelector(selector);
    return element ? element.getAttribute('content') : null;
  }

  function pageMetadata() {
    var openGraph = {};
    var tags = document.querySelectorAll('meta[property^="og:"]');
    for (var i = 0; i < tags.length; i++) {
      openGraph[tags[i].getAttribute('property')] = tags[i].getAttribute('content');
    }
    var jsonLd = [];
    var scripts = document.querySelectorAll('script[type="application/ld+json"]');
    for (var j = 0; j < scripts.length; j++) {
      try {
        jsonLd.push(JSON.parse(scripts[j].textContent));
      } catch (e) {
        // A broken block is left out, as the real library does.
      }
    }
    action('Metadata', {
      page_trigger: 'PageView',
      content_data: {
        open_graph: JSON.stringify(openGraph),
        microdata: '[]',
        json_ld: JSON.stringify(jsonLd),
        meta: JSON.stringify({ title: document.title, description: metaContent('meta[name="description"]'), keywords: metaContent('meta[name="keywords"]') })
      }
    });
  }

  function xpath(element) {
    var parts = [];
    for (var node = element; node && node.nodeType === 1; node = node.parentNode) {
      var index = 1;
      for (var sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if (sibling.tagName === node.tagName) {
          index += 1;
        }
      }
      parts.unshift(node.tagName === 'HTML' ? 'HTML' : node.tagName.toLowerCase() + '[' + index + ']');
    }
    return '/' + parts.join('/');
  }

  function attributes(element) {
    var picked = {};
    var names = ['id', 'class', 'type', 'name', 'href', 'value', 'aria-label', 'role'];
    for (var i = 0; i < names.length; i++) {
      var value = element.getAttribute(names[i]);
      if (value !== null && !(names[i] === 'value' && element.tagName === 'INPUT' && element.type !== 'submit' && element.type !== 'button')) {
        picked[names[i]] = value;
      }
    }
    return picked;
  }

  // Automatic click capture: buttons, links and anything with a button role.
  document.addEventListener('click', function (clickEvent) {
    var target = clickEvent.target && clickEvent.target.closest
      ? clickEvent.target.closest('button, a, [role="button"], input[type="submit"], input[type="button"]')
      : null;
    if (!target) {
      return;
    }
    var rect = target.getBoundingClientRect();
    action('Click', {
      page_trigger: 'Click',
      trigger_element: {
        tag: target.tagName,
        attributes: attributes(target),
        inner_text: (target.innerText || target.value || '').trim().slice(0, MAX_TEXT),
        xpath: xpath(target),
        num_child_buttons: target.querySelectorAll('button').length,
        position: { x: Math.round(rect.left), y: Math.round(rect.top) },
        timestamp: new Date().toISOString()
      }
    });
  }, false);

  var methods = {
    load: function (code) {
      if (codes.indexOf(code) < 0) {
        codes.push(code);
      }
    },
    page: function () {
      event('Pageview', {});
      pageMetadata();
    },
    track: function (eventName, properties) {
      event(eventName, properties);
    },
    identify: function (fields) {
      for (var key in fields) {
        if (Object.prototype.hasOwnProperty.call(fields, key)) {
          identity[key] = fields[key];
        }
      }
    },
    holdConsent: function () {
      held = true;
    },
    revokeConsent: function () {
      revoked = true;
      heldPayloads = [];
    },
    grantConsent: function () {
      revoked = false;
      held = false;
      var release = heldPayloads;
      heldPayloads = [];
      for (var i = 0; i < release.length; i++) {
        post(release[i][0], release[i][1]);
      }
    }
  };

  function run(call) {
    var method = methods[call[0]];
    if (method) {
      method.apply(null, call.slice(1));
    }
  }

  // The base code queued its calls and loaded each pixel code; start with the codes, then replay.
  var queued = Array.prototype.slice.call(ttq);
  for (var code in ttq._i || {}) {
    if (Object.prototype.hasOwnProperty.call(ttq._i, code)) {
      methods.load(code);
    }
  }
  for (var methodName in methods) {
    if (Object.prototype.hasOwnProperty.call(methods, methodName)) {
      ttq[methodName] = methods[methodName];
    }
  }
  ttq.push = function (call) {
    run(call);
  };
  ttq.trackerAuditReplica = true;
  for (var i = 0; i < queued.length; i++) {
    run(queued[i]);
  }
})(window, document);
