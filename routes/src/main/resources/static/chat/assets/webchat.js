/*
 * DentalAI web chat widget: plain JavaScript, no build step, no third-party code. Talks to
 * POST /api/v1/chat {tenant, session_id, message_id, text | choice} and shows each reply's text and
 * its choices as buttons; a tapped button sends back its id as `choice`. The session id lives in
 * sessionStorage (one conversation per tab); every message has its own id, reused on a retry so the
 * hub answers a retried message once. `?say=…` in the page URL sends that text on load.
 */
(function () {
  'use strict';

  var STRINGS = {
    he: {
      welcome: 'שלום! אני דנה מהמרפאה. איך אפשר לעזור? אפשר לקבוע, לבטל או להזיז תור, או לשאול על שעות ומחירים.',
      placeholder: 'כתבו הודעה…',
      send: 'שליחה',
      toggle: 'English',
      slow: 'רגע, יותר מדי הודעות. נסו שוב בעוד כמה שניות.',
      error: 'משהו השתבש. נסו שוב.'
    },
    en: {
      welcome: "Hello! I'm Dana from the clinic. How can I help? You can book, cancel or move an appointment, or ask about hours and prices.",
      placeholder: 'Type a message…',
      send: 'Send',
      toggle: 'עברית',
      slow: 'Too many messages at once. Please try again in a few seconds.',
      error: 'Something went wrong. Please try again.'
    }
  };

  var root = document.getElementById('webchat');
  var log = document.getElementById('webchat-log');
  var form = document.getElementById('webchat-form');
  var input = document.getElementById('webchat-input');
  var sendButton = document.getElementById('webchat-send');
  var langButton = document.getElementById('webchat-lang');
  var tenant = root.getAttribute('data-tenant');
  var api = root.getAttribute('data-api');
  var lang = root.getAttribute('data-lang') === 'en' ? 'en' : 'he';
  var welcome = null;

  function randomId(bytes) {
    var a = new Uint8Array(bytes);
    window.crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function sessionId() {
    var key = 'dentalai-webchat-' + tenant;
    var id = null;
    try { id = window.sessionStorage.getItem(key); } catch (e) { id = null; }
    if (!id) {
      id = randomId(16);
      try { window.sessionStorage.setItem(key, id); } catch (e) { /* private mode: one id per page load */ }
    }
    return id;
  }

  var session = sessionId();

  function setLang(next) {
    lang = next;
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'he' ? 'rtl' : 'ltr';
    input.placeholder = STRINGS[lang].placeholder;
    sendButton.textContent = STRINGS[lang].send;
    langButton.textContent = STRINGS[lang].toggle;
    if (welcome) { welcome.textContent = STRINGS[lang].welcome; }
  }

  function bubble(text, who) {
    var div = document.createElement('div');
    div.className = 'msg msg-' + who;
    div.textContent = text;
    log.appendChild(div);
    log.scrollTop = log.scrollHeight;
    return div;
  }

  function choices(list) {
    var group = document.createElement('div');
    group.className = 'choices';
    list.forEach(function (c) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'choice';
      b.textContent = c.title;
      b.setAttribute('data-choice', c.id);
      b.addEventListener('click', function () {
        Array.prototype.forEach.call(group.querySelectorAll('button'), function (x) { x.disabled = true; });
        send({ choice: c.id }, c.title);
      });
      group.appendChild(b);
    });
    log.appendChild(group);
  }

  function render(replies) {
    (replies || []).forEach(function (r) {
      bubble(r.text, 'bot');
      if (r.choices && r.choices.length) { choices(r.choices); }
    });
  }

  function post(body, retries) {
    return window.fetch(api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body)
    }).catch(function (e) {
      // a lost connection: the same message id again, so the hub does not answer it twice
      if (retries > 0) { return post(body, retries - 1); }
      throw e;
    });
  }

  function send(payload, shown) {
    bubble(shown, 'me');
    root.setAttribute('data-state', 'waiting');
    sendButton.disabled = true;
    var body = { tenant: tenant, session_id: session, message_id: randomId(12) };
    if (payload.choice) { body.choice = payload.choice; } else { body.text = payload.text; }
    post(body, 1).then(function (res) {
      if (res.status === 429) { bubble(STRINGS[lang].slow, 'note'); return null; }
      if (!res.ok) { bubble(STRINGS[lang].error, 'note'); return null; }
      return res.json();
    }).then(function (answer) {
      if (answer) { render(answer.replies); }
    }).catch(function () {
      bubble(STRINGS[lang].error, 'note');
    }).then(function () {
      sendButton.disabled = false;
      root.setAttribute('data-state', 'idle');
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = '';
    send({ text: text }, text);
  });

  langButton.addEventListener('click', function () { setLang(lang === 'he' ? 'en' : 'he'); });

  setLang(lang);
  welcome = bubble(STRINGS[lang].welcome, 'bot');
  var say = new URLSearchParams(window.location.search).get('say');
  if (say) { send({ text: say.slice(0, 4000) }, say.slice(0, 4000)); }
}());
