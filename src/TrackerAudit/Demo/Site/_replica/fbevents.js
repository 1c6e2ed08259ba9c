/*
 * TrackerAudit demo: a replica of Meta's pixel library (fbevents.js).
 *
 * This is NOT Meta's code. It was written for TrackerAudit from public documentation (Meta's
 * developer pages on the pixel, its base code and automatic advanced matching) and from published
 * captures of what the real library sends (The Markup's HAR files). It speaks the same wire format
 * to https://www.facebook.com/tr/ so that `trackeraudit demo` can show, offline, what a site with
 * the pixel tells Meta: TrackerAudit routes https://connect.facebook.net/** to this file and answers
 * https://www.facebook.com/** itself, so nothing leaves the machine.
 *
 * What it reproduces: the fbq queue API (init, track, trackCustom, trackSingle, trackSingleCustom,
 * and consent: after fbq('consent', 'revoke') nothing is sent; events are held until 'grant');
 * PageView with page metadata; Microdata about 500 ms after load; SubscribedButtonClick on clicks of
 * anything that looks like a button; automatic advanced matching of e-mail, name and phone fields;
 * the three transports a desktop Chrome uses (image GET, formPOST into a hidden iframe when the URL
 * would be too long, sendBeacon when the click leaves the page).
 */
(function (window, document) {
  'use strict';

  var fbq = window.fbq;
  // The base code defines fbq before loading this file; a second copy of the file must not
  // install a second set of listeners.
  if (!fbq || fbq.trackerAuditReplica) {
    return;
  }

  var VERSION = '2.9.999';
  var RELEASE = 'stable';
  var ENDPOINT = 'https://www.facebook.com/tr/';
  var MAX_GET_URL_LENGTH = 2048;
  var MAX_BUTTON_TEXT = 120;
  var MAX_CLEAN_BUTTON_TEXT = 100;
  var MICRODATA_DELAY_MS = 500;

  // Bits of the `o` parameter, as documented by those who decoded it.
  var O_AUTO_CONFIG = 2;
  var O_DEFINE_PROPERTY = 8;
  var O_SEND_BEACON = 16;
  var O_HEADLESS = 128;
  var O_PII_AUTOMATIC = 2048;
  var O_FIRST_PARTY_COOKIES = 4096;

  var pixels = [];
  var automaticUserData = null;
  var pendingImages = [];
  var listenersInstalled = false;
  var consentRevoked = false;
  var heldEvents = [];

  // ---- helpers -----------------------------------------------------------------------------

  function now() {
    return Date.now();
  }

  function inIframe() {
    try {
      return window.top !== window.self;
    } catch (e) {
      return true;
    }
  }

  function readCookie(name) {
    var parts = document.cookie ? document.cookie.split('; ') : [];
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf('=');
      if (parts[i].substring(0, eq) === name) {
        return decodeURIComponent(parts[i].substring(eq + 1));
      }
    }
    return null;
  }

  function writeCookie(name, value) {
    var ninetyDays = 90 * 24 * 60 * 60;
    document.cookie = name + '=' + value + '; max-age=' + ninetyDays + '; path=/; SameSite=Lax';
  }

  function browserId() {
    var fbp = readCookie('_fbp');
    if (!fbp) {
      fbp = 'fb.1.' + now() + '.' + Math.floor(Math.random() * 2147483647);
      writeCookie('_fbp', fbp);
    }
    return fbp;
  }

  function clickId() {
    var fbclid = new URLSearchParams(window.location.search).get('fbclid');
    if (fbclid) {
      var fbc = 'fb.1.' + now() + '.' + fbclid;
      writeCookie('_fbc', fbc);
      return fbc;
    }
    return readCookie('_fbc');
  }

  function lastExternalReferrer() {
    var referrer = document.referrer;
    if (!referrer) {
      return 'empty';
    }
    var host;
    try {
      host = new URL(referrer).hostname;
    } catch (e) {
      return 'other';
    }
    if (host === window.location.hostname) {
      return 'empty';
    }
    if (/(^|\.)facebook\.com$/.test(host)) {
      return 'fb';
    }
    if (/(^|\.)instagram\.com$/.test(host)) {
      return 'ig';
    }
    return 'other';
  }

  function stateBits() {
    var o = O_AUTO_CONFIG | O_FIRST_PARTY_COOKIES;
    if (typeof Object.defineProperty === 'function') {
      o |= O_DEFINE_PROPERTY;
    }
    if (navigator.sendBeacon) {
      o |= O_SEND_BEACON;
    }
    // The real library looks for the same sign of an automated browser; Playwright sets it.
    if (navigator.webdriver === true) {
      o |= O_HEADLESS;
    }
    if (automaticUserData) {
      o |= O_PII_AUTOMATIC;
    }
    return o;
  }

  function metaContent(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') || '' : '';
  }

  function collapse(text) {
    return (text || '').replace(/\s+/g, ' ').trim();
  }

  // ---- SHA-256 (synchronous, so a click handler can hash before the page unloads) -----------

  var K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  ];

  function rotr(x, n) {
    return (x >>> n) | (x << (32 - n));
  }

  function sha256Hex(text) {
    var bytes = new TextEncoder().encode(text);
    var padded = new Uint8Array(((bytes.length + 9 + 63) >> 6) << 6);
    padded.set(bytes);
    padded[bytes.length] = 0x80;
    var view = new DataView(padded.buffer);
    var bitLength = bytes.length * 8;
    view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
    view.setUint32(padded.length - 4, bitLength >>> 0);

    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var w = new Array(64);
    for (var offset = 0; offset < padded.length; offset += 64) {
      var i;
      for (i = 0; i < 16; i++) {
        w[i] = view.getUint32(offset + i * 4);
      }
      for (i = 16; i < 64; i++) {
        var s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
        var s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (i = 0; i < 64; i++) {
        var t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
        var t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = g;
        g = f;
        f = e;
        e = (d + t1) | 0;
        d = c;
        c = b;
        b = a;
        a = (t1 + t2) | 0;
      }
      h[0] = (h[0] + a) | 0;
      h[1] = (h[1] + b) | 0;
      h[2] = (h[2] + c) | 0;
      h[3] = (h[3] + d) | 0;
      h[4] = (h[4] + e) | 0;
      h[5] = (h[5] + f) | 0;
      h[6] = (h[6] + g) | 0;
      h[7] = (h[7] + k) | 0;
    }
    return h.map(function (x) {
      return ('00000000' + (x >>> 0).toString(16)).slice(-8);
    }).join('');
  }

  // ---- advanced matching -------------------------------------------------------------------

  var NORMALISERS = {
    em: function (v) { return v.trim().toLowerCase(); },
    ph: function (v) { return v.replace(/\D/g, '').replace(/^0+/, ''); },
    fn: function (v) { return v.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, ''); },
    ln: function (v) { return v.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, ''); },
    ct: function (v) { return v.toLowerCase().replace(/[^a-z0-9]/g, ''); },
    st: function (v) { return v.toLowerCase().replace(/[^a-z]/g, '').substring(0, 2); },
    zp: function (v) { return v.toLowerCase().split('-')[0].trim(); },
    ge: function (v) { return v.toLowerCase().charAt(0); },
    country: function (v) { return v.toLowerCase().replace(/[^a-z]/g, '').substring(0, 2); },
    external_id: function (v) { return v.trim().toLowerCase(); }
  };

  function hashUserValue(key, value) {
    if (value === null || value === undefined) {
      return null;
    }
    var text = String(value);
    if (/^[a-f0-9]{64}$/i.test(text)) {
      return text.toLowerCase();
    }
    var normalise = NORMALISERS[key] || NORMALISERS.external_id;
    var normalised = normalise(text);
    return normalised ? sha256Hex(normalised) : null;
  }

  function hashUserData(data) {
    var hashed = {};
    Object.keys(data || {}).forEach(function (key) {
      var h = hashUserValue(key, data[key]);
      if (h) {
        hashed[key] = h;
      }
    });
    return hashed;
  }

  function describeField(el) {
    return [el.type, el.name, el.id, el.getAttribute('autocomplete'), el.getAttribute('placeholder')]
      .join(' ').toLowerCase();
  }

  function isEmailField(el) {
    return el.type === 'email' || /e-?mail/.test(describeField(el));
  }

  // Reads the fields of a form that hold personal data, the way automatic matching does:
  // by type, name, id, autocomplete and placeholder, never by asking the site.
  function matchFormUserData(form) {
    if (!form || !form.elements) {
      return null;
    }
    var fields = Array.prototype.slice.call(form.elements).filter(function (el) {
      return (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && el.value &&
        ['hidden', 'password', 'submit', 'button', 'checkbox', 'radio'].indexOf(el.type) < 0;
    });
    var raw = {};
    fields.forEach(function (el) {
      var d = describeField(el);
      if (isEmailField(el) && el.value.indexOf('@') > 0) {
        raw.em = raw.em || el.value;
      } else if (el.type === 'tel' || /phone|mobile|tel\b/.test(d)) {
        raw.ph = raw.ph || el.value;
      } else if (/first.?name|given.?name|fname/.test(d)) {
        raw.fn = raw.fn || el.value;
      } else if (/last.?name|surname|family.?name|lname/.test(d)) {
        raw.ln = raw.ln || el.value;
      } else if (/full.?name|\bname\b/.test(d)) {
        var parts = el.value.trim().split(/\s+/);
        raw.fn = raw.fn || parts[0];
        if (parts.length > 1) {
          raw.ln = raw.ln || parts[parts.length - 1];
        }
      }
    });
    if (!raw.em) {
      return null;
    }
    return hashUserData(raw);
  }

  // ---- building and sending events ---------------------------------------------------------

  function Params() {
    this.items = [];
  }

  Params.prototype.add = function (key, value) {
    if (value !== null && value !== undefined) {
      this.items.push([key, String(value)]);
    }
    return this;
  };

  Params.prototype.addAll = function (other) {
    var self = this;
    other.items.forEach(function (kv) {
      self.items.push(kv);
    });
    return this;
  };

  Params.prototype.toQuery = function () {
    return this.items.map(function (kv) {
      // Keys travel raw (`cd[buttonText]`), values percent-encoded, as in captured requests.
      return kv[0] + '=' + encodeURIComponent(kv[1]);
    }).join('&');
  };

  function sendImage(params) {
    var img = new Image(1, 1);
    pendingImages.push(img);
    img.onload = img.onerror = function () {
      pendingImages.splice(pendingImages.indexOf(img), 1);
    };
    img.src = ENDPOINT + '?' + params.toQuery();
  }

  function sendFormPost(params) {
    var name = 'fbformpost' + now() + Math.floor(Math.random() * 1e6);
    var iframe = document.createElement('iframe');
    iframe.name = name;
    iframe.style.display = 'none';
    iframe.setAttribute('aria-hidden', 'true');
    document.body.appendChild(iframe);

    var form = document.createElement('form');
    form.method = 'post';
    form.action = ENDPOINT;
    form.target = name;
    form.acceptCharset = 'utf-8';
    form.style.display = 'none';
    params.items.forEach(function (kv) {
      var input = document.createElement('input');
      input.type = 'hidden';
      input.name = kv[0];
      input.value = kv[1];
      form.appendChild(input);
    });
    document.body.appendChild(form);
    iframe.addEventListener('load', function () {
      window.setTimeout(function () {
        form.remove();
        iframe.remove();
      }, 0);
    });
    form.submit();
  }

  function sendBeacon(params) {
    var data = new FormData();
    params.items.forEach(function (kv) {
      data.append(kv[0], kv[1]);
    });
    return navigator.sendBeacon(ENDPOINT, data);
  }

  // preferBeacon: the page is about to unload, so an image or an iframe might never be sent.
  function send(params, preferBeacon) {
    if (preferBeacon && navigator.sendBeacon && sendBeacon(new Params().addAll(params).add('rqm', 'SB'))) {
      return;
    }
    var get = new Params().addAll(params).add('rqm', 'GET');
    if ((ENDPOINT + '?' + get.toQuery()).length <= MAX_GET_URL_LENGTH) {
      sendImage(get);
    } else {
      sendFormPost(new Params().addAll(params).add('rqm', 'formPOST'));
    }
  }

  function addCustomData(params, customData) {
    Object.keys(customData || {}).forEach(function (key) {
      var value = customData[key];
      params.add('cd[' + key + ']', typeof value === 'object' ? JSON.stringify(value) : value);
    });
  }

  function addUserData(params, prefix, userData) {
    Object.keys(userData || {}).forEach(function (key) {
      params.add(prefix + '[' + key + ']', userData[key]);
    });
  }

  function buildEvent(pixel, eventName, customData, options) {
    var params = new Params()
      .add('id', pixel.id)
      .add('ev', eventName)
      .add('dl', window.location.href)
      .add('rl', document.referrer)
      .add('if', inIframe())
      .add('ts', now());
    addCustomData(params, customData);
    params.add('sw', window.screen.width).add('sh', window.screen.height);
    addUserData(params, 'ud', pixel.userData);
    addUserData(params, 'udff', automaticUserData);
    params
      .add('v', VERSION)
      .add('r', RELEASE)
      .add('ec', pixel.eventCount++)
      .add('o', stateBits())
      .add('fbp', browserId())
      .add('fbc', clickId())
      .add('ler', lastExternalReferrer())
      .add('it', pixel.initTime)
      .add('coo', false);
    if (options.eventId) {
      params.add('eid', options.eventId);
    }
    if (options.automatic) {
      params.add('es', 'automatic').add('tm', 3);
    }
    if (eventName === 'PageView') {
      params.add('pmd[title]', document.title).add('pmd[description]', metaContent('description'));
    }
    return params;
  }

  function fire(pixelList, eventName, customData, options) {
    pixelList.forEach(function (pixel) {
      var params = buildEvent(pixel, eventName, customData, options || {});
      if (consentRevoked) {
        heldEvents.push(params);
        return;
      }
      send(params, options && options.unloading);
    });
  }

  // ---- Microdata ---------------------------------------------------------------------------

  function openGraph() {
    var og = {};
    document.querySelectorAll('meta[property^="og:"]').forEach(function (el) {
      og[el.getAttribute('property')] = el.getAttribute('content') || '';
    });
    return og;
  }

  function jsonLd() {
    var items = [];
    document.querySelectorAll('script[type="application/ld+json"]').forEach(function (el) {
      try {
        items.push(JSON.parse(el.textContent));
      } catch (e) {
        // A site's broken JSON-LD is the site's problem; the library skips it silently.
      }
    });
    return items;
  }

  function itemValue(el) {
    if (el.hasAttribute('content')) {
      return el.getAttribute('content');
    }
    if (el.hasAttribute('href')) {
      return el.href;
    }
    if (el.hasAttribute('src')) {
      return el.src;
    }
    return collapse(el.textContent);
  }

  function schemaOrg() {
    var items = [];
    document.querySelectorAll('[itemscope]:not([itemprop])').forEach(function (scope) {
      var item = { '@context': 'http://schema.org', '@type': (scope.getAttribute('itemtype') || '').replace(/^https?:\/\/schema\.org\//, '') };
      scope.querySelectorAll('[itemprop]').forEach(function (el) {
        item[el.getAttribute('itemprop')] = itemValue(el);
      });
      items.push(item);
    });
    return items;
  }

  function sendMicrodata() {
    var meta = { title: document.title };
    ['description', 'keywords'].forEach(function (name) {
      var content = metaContent(name);
      if (content) {
        meta['meta:' + name] = content;
      }
    });
    var customData = {
      DataLayer: JSON.stringify(window.dataLayer || []),
      Meta: JSON.stringify(meta),
      OpenGraph: JSON.stringify(openGraph()),
      'Schema.org': JSON.stringify(schemaOrg()),
      'JSON-LD': JSON.stringify(jsonLd())
    };
    fire(pixels, 'Microdata', customData, { automatic: true });
  }

  // ---- SubscribedButtonClick ---------------------------------------------------------------

  function looksLikeButton(el) {
    var tag = el.tagName;
    if (tag === 'BUTTON' || tag === 'A') {
      return true;
    }
    if (tag === 'INPUT') {
      return ['submit', 'button', 'image'].indexOf(el.type) >= 0;
    }
    var role = el.getAttribute('role') || '';
    var cls = typeof el.className === 'string' ? el.className.toLowerCase() : '';
    return role.indexOf('button') >= 0 || cls.indexOf('btn') >= 0 || cls.indexOf('button') >= 0;
  }

  function findButton(target) {
    for (var el = target, depth = 0; el && el.nodeType === 1 && depth < 10; el = el.parentElement, depth++) {
      if (looksLikeButton(el)) {
        return el;
      }
    }
    return null;
  }

  function rawButtonText(button) {
    if (button.tagName === 'INPUT') {
      return button.value || '';
    }
    return collapse(button.innerText || button.textContent);
  }

  function cleanButtonText(text) {
    var cleaned = text.substring(0, MAX_BUTTON_TEXT)
      .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '@')
      .replace(/\d+/g, '0');
    return cleaned.length > MAX_CLEAN_BUTTON_TEXT ? null : cleaned;
  }

  function destination(button) {
    if (button.tagName === 'A') {
      return button.href || '';
    }
    var form = button.form || button.closest('form');
    return form ? form.action : '';
  }

  function imageUrl(button) {
    if (button.tagName === 'INPUT' && button.type === 'image') {
      return button.src;
    }
    var img = button.querySelector('img');
    return img ? img.src : '';
  }

  function buttonFeatures(button) {
    var features = {
      classList: typeof button.className === 'string' ? button.className : '',
      destination: destination(button),
      id: button.id || '',
      imageUrl: imageUrl(button),
      innerText: rawButtonText(button),
      numChildButtons: Array.prototype.filter.call(button.querySelectorAll('*'), looksLikeButton).length,
      tag: button.tagName.toLowerCase(),
      type: button.getAttribute('type'),
      name: button.getAttribute('name') || ''
    };
    if (button.tagName === 'BUTTON' || button.tagName === 'INPUT') {
      features.value = button.getAttribute('value') || '';
    }
    return features;
  }

  // What the form asks for, never what was typed: field names, placeholders, types.
  function formFeatures(form) {
    if (!form || !form.elements) {
      return [];
    }
    var features = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      var tag = el.tagName.toLowerCase();
      if (tag === 'input' && ['hidden', 'submit', 'button', 'image', 'reset'].indexOf(el.type) >= 0) {
        return;
      }
      if (tag !== 'input' && tag !== 'textarea' && tag !== 'select') {
        return;
      }
      var field = { id: el.id || '', name: el.getAttribute('name') || '', tag: tag };
      if (tag === 'select') {
        // "filled" is our label for a chosen option; captures only show "empty".
        field.valueMeaning = el.value ? 'filled' : 'empty';
      } else {
        field.placeholder = el.getAttribute('placeholder') || '';
        field.inputType = tag === 'textarea' ? 'textarea' : el.type;
        if (el.type === 'checkbox' || el.type === 'radio') {
          field.valueMeaning = el.checked ? 'checked' : 'unchecked';
        }
      }
      features.push(field);
    });
    return features;
  }

  function leavesPage(button) {
    if (button.tagName !== 'A' || !button.href) {
      return false;
    }
    var href = button.getAttribute('href') || '';
    return href.charAt(0) !== '#' && !/^(javascript|mailto|tel|sms|whatsapp):/i.test(href) &&
      button.target !== '_blank';
  }

  function onClick(event) {
    if (!pixels.length) {
      return;
    }
    var button = findButton(event.target);
    if (!button) {
      return;
    }
    var form = button.form || button.closest('form');
    var matched = form && isSubmitter(button) ? matchFormUserData(form) : null;
    if (matched) {
      automaticUserData = matched;
    }
    var customData = {};
    var text = cleanButtonText(rawButtonText(button));
    customData.buttonFeatures = JSON.stringify(buttonFeatures(button));
    if (text !== null) {
      customData.buttonText = text;
    }
    customData.formFeatures = JSON.stringify(formFeatures(form));
    customData.pageFeatures = JSON.stringify({ title: document.title });
    customData.parameters = '[]';
    fire(pixels, 'SubscribedButtonClick', customData, { automatic: true, unloading: leavesPage(button) });
  }

  function isSubmitter(button) {
    if (button.tagName === 'BUTTON') {
      return (button.getAttribute('type') || 'submit').toLowerCase() === 'submit';
    }
    return button.tagName === 'INPUT' && (button.type === 'submit' || button.type === 'image');
  }

  function installListeners() {
    if (listenersInstalled) {
      return;
    }
    listenersInstalled = true;
    document.addEventListener('click', onClick, true);
    var scheduleMicrodata = function () {
      window.setTimeout(sendMicrodata, MICRODATA_DELAY_MS);
    };
    if (document.readyState === 'complete') {
      scheduleMicrodata();
    } else {
      window.addEventListener('load', scheduleMicrodata);
    }
  }

  // ---- the fbq API -------------------------------------------------------------------------

  function pixelById(id) {
    for (var i = 0; i < pixels.length; i++) {
      if (pixels[i].id === id) {
        return pixels[i];
      }
    }
    return null;
  }

  var methods = {
    consent: function (action) {
      if (action === 'revoke') {
        consentRevoked = true;
      } else if (action === 'grant') {
        consentRevoked = false;
        var held = heldEvents;
        heldEvents = [];
        held.forEach(function (params) {
          send(params, false);
        });
      }
    },
    init: function (id, userData) {
      id = String(id);
      if (pixelById(id)) {
        return;
      }
      pixels.push({ id: id, initTime: now(), eventCount: 0, userData: hashUserData(userData) });
      installListeners();
    },
    track: function (eventName, customData, options) {
      fire(pixels, eventName, customData, { eventId: options && options.eventID });
    },
    trackCustom: function (eventName, customData, options) {
      fire(pixels, eventName, customData, { eventId: options && options.eventID });
    },
    trackSingle: function (id, eventName, customData, options) {
      var pixel = pixelById(String(id));
      if (pixel) {
        fire([pixel], eventName, customData, { eventId: options && options.eventID });
      }
    },
    trackSingleCustom: function (id, eventName, customData, options) {
      methods.trackSingle(id, eventName, customData, options);
    }
  };

  function callMethod() {
    var args = Array.prototype.slice.call(arguments);
    var method = methods[args.shift()];
    if (method) {
      method.apply(null, args);
    }
  }

  fbq.trackerAuditReplica = true;
  fbq.version = VERSION;
  fbq.loaded = true;
  fbq.callMethod = callMethod;
  var queued = fbq.queue || [];
  fbq.queue = [];
  for (var q = 0; q < queued.length; q++) {
    callMethod.apply(null, queued[q]);
  }
})(window, document);
