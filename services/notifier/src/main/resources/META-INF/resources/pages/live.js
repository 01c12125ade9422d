// The manage page's live stream: reads the subscription's SSE stream with the token in the Authorization
// header (EventSource cannot send one) and shows each alert, the matched names and countries highlighted.
// Text is only ever inserted as text nodes: nothing from a release is parsed as HTML.
(function () {
    'use strict';
    var list = document.getElementById('live');
    if (!list || !window.fetch || !window.TextDecoder) {
        return;
    }
    var id = list.getAttribute('data-id');
    var token = list.getAttribute('data-token');

    function terms(tags) {
        var found = [];
        function add(text) {
            if (text && found.indexOf(text) < 0) {
                found.push(text);
            }
        }
        (tags.officials || []).forEach(function (o) {
            (o.mentions || []).forEach(function (m) { add(m.text); });
            add(o.name);
            Object.keys(o.names || {}).forEach(function (k) { add(o.names[k]); });
        });
        (tags.countries || []).forEach(function (c) {
            (c.mentions || []).forEach(function (m) { add(m.text); });
            add(c.name);
        });
        return found.sort(function (a, b) { return b.length - a.length; });
    }

    function highlighted(text, words) {
        var fragment = document.createDocumentFragment();
        var lower = text.toLowerCase();
        var i = 0;
        while (i < text.length) {
            var best = -1, bestWord = null;
            words.forEach(function (w) {
                var at = lower.indexOf(w.toLowerCase(), i);
                if (at >= 0 && (best < 0 || at < best)) { best = at; bestWord = w; }
            });
            if (best < 0) {
                fragment.appendChild(document.createTextNode(text.slice(i)));
                break;
            }
            fragment.appendChild(document.createTextNode(text.slice(i, best)));
            var mark = document.createElement('mark');
            mark.textContent = text.slice(best, best + bestWord.length);
            fragment.appendChild(mark);
            i = best + bestWord.length;
        }
        return fragment;
    }

    function show(name, data) {
        var item = document.createElement('li');
        if (name === 'alert') {
            var alert = JSON.parse(data);
            var enriched = alert.data.release;
            var words = terms(enriched.tags || {});
            var title = document.createElement('strong');
            title.className = 'title';
            title.appendChild(highlighted(enriched.release.title || '', words));
            item.appendChild(title);
            var body = document.createElement('p');
            body.appendChild(highlighted((enriched.release.body || '').slice(0, 400), words));
            item.appendChild(body);
            var countries = (enriched.tags.countries || []).map(function (c) { return c.code; }).join(', ');
            var meta = document.createElement('small');
            meta.textContent = countries;
            item.appendChild(meta);
        } else {
            item.textContent = name + ': ' + data;
        }
        list.insertBefore(item, list.firstChild);
    }

    function connect(lastId) {
        var headers = {'Authorization': 'Bearer ' + token, 'Accept': 'text/event-stream'};
        if (lastId) { headers['Last-Event-ID'] = lastId; }
        fetch('/api/v1/subscriptions/' + encodeURIComponent(id) + '/stream', {headers: headers}).then(function (response) {
            if (!response.ok || !response.body) { throw new Error('stream ' + response.status); }
            var reader = response.body.getReader();
            var decoder = new TextDecoder();
            var buffer = '';
            list.setAttribute('data-connected', 'true');
            function pump() {
                return reader.read().then(function (chunk) {
                    if (chunk.done) { throw new Error('closed'); }
                    buffer += decoder.decode(chunk.value, {stream: true});
                    var events = buffer.split(/\r?\n\r?\n/);
                    buffer = events.pop();
                    events.forEach(function (raw) {
                        var name = 'message', data = [];
                        raw.split(/\r?\n/).forEach(function (line) {
                            if (line.indexOf('event:') === 0) { name = line.slice(6).trim(); }
                            else if (line.indexOf('data:') === 0) { data.push(line.slice(5).replace(/^ /, '')); }
                            else if (line.indexOf('id:') === 0) { lastId = line.slice(3).trim(); }
                        });
                        if (data.length) { show(name, data.join('\n')); }
                    });
                    return pump();
                });
            }
            return pump();
        }).catch(function () {
            list.setAttribute('data-connected', 'false');
            setTimeout(function () { connect(lastId); }, 3000);
        });
    }
    // from the subscription's first alert: the page shows what came before it was opened too
    connect('0');
}());
