// Autocomplete of the subscribe form's country and official fields from the enrichment's knowledge base (through
// /pages/names, this origin): while one types, the field's own datalist is filled with the names that match the
// last comma-separated part, each as "Name (id)", which the form turns into the id the filter takes. Without
// JavaScript the fields keep the page's country list and accept typed names and ids.
// Suggestions are only ever set as option values and labels (text), never parsed as HTML.
(function () {
    'use strict';
    if (!window.fetch || !document.querySelectorAll) {
        return;
    }
    var lang = document.documentElement.getAttribute('lang') || 'en';

    function attach(input) {
        var kind = input.getAttribute('data-names');
        var list = document.createElement('datalist');
        list.id = input.id + '-names';
        input.parentNode.insertBefore(list, input.nextSibling);
        input.setAttribute('list', list.id);
        var timer = null;
        var asked = null;

        function fill(prefix, hits) {
            while (list.firstChild) {
                list.removeChild(list.firstChild);
            }
            hits.forEach(function (hit) {
                var option = document.createElement('option');
                option.value = prefix + hit.name + ' (' + hit.id + ')';
                var label = [];
                if (hit.matched) { label.push(hit.matched); }
                if (hit.country) { label.push(hit.country); }
                if (label.length) { option.label = label.join(' · '); }
                list.appendChild(option);
            });
            input.setAttribute('data-suggested', String(hits.length));
        }

        function lookup() {
            var value = input.value;
            var cut = value.lastIndexOf(',');
            var prefix = cut < 0 ? '' : value.slice(0, cut + 1) + ' ';
            var part = value.slice(cut + 1).trim();
            if (part.length < 2 || part.length > 50 || /\)$/.test(part) || part === asked) {
                return;
            }
            asked = part;
            var url = '/pages/names?kind=' + encodeURIComponent(kind) + '&lang=' + encodeURIComponent(lang)
                + '&q=' + encodeURIComponent(part);
            fetch(url, {headers: {'Accept': 'application/json'}}).then(function (response) {
                return response.ok ? response.json() : [];
            }).then(function (hits) {
                if (asked === part && Array.isArray(hits)) {
                    fill(prefix, hits);
                }
            }).catch(function () { /* no suggestions: typed names still work */ });
        }

        input.addEventListener('input', function () {
            if (timer) { clearTimeout(timer); }
            timer = setTimeout(lookup, 200);
        });
    }

    Array.prototype.forEach.call(document.querySelectorAll('input[data-names]'), attach);
}());
