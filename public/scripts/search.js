// The search page: starts Pagefind's UI (loaded just before this file) in #search, runs the query
// of the page's URL (?q=…, as sent by the header's search box) and keeps the URL in step with what
// is typed, so a search can be shared. Paths come from data- attributes: the site may live under a
// sub-path. An external file, not an inline script, so a strict Content-Security-Policy applies.
(function () {
  var container = document.getElementById('search');
  if (!container || typeof window.PagefindUI !== 'function') return;
  var query = new URLSearchParams(window.location.search).get('q') || '';
  function quoteOneWord(term) {
    var word = term.trim();
    return /^[^\s"]+$/.test(word) ? '"' + word + '"' : term;
  }
  var ui = new window.PagefindUI({
    element: container,
    bundlePath: container.getAttribute('data-bundle-path'),
    baseUrl: container.getAttribute('data-base-url'),
    // Ranking options of the site (src/domain/outputs/search-records.ts: searchRanking).
    ranking: JSON.parse(container.getAttribute('data-ranking') || '{}'),
    // A query of one word is quoted before Pagefind searches it: Pagefind runs a quoted query as
    // an exact search (its stemmed words, not every word that starts like them, and no fallback to
    // a shorter indexed word). The search box still shows what was typed. Queries of several words
    // are left as typed.
    processTerm: quoteOneWord,
    showImages: false,
    showSubResults: false,
    excerptLength: 40,
    pageSize: 10,
    autofocus: query === '',
    translations: { placeholder: 'Search questions, programmes, summaries, reports', zero_results: 'No results for [SEARCH_TERM]' },
  });
  // Pagefind's input has only a placeholder and a title; give it a name of its own.
  var input = container.querySelector('.pagefind-ui__search-input');
  if (input) input.setAttribute('aria-label', 'Search the programmes, guiding questions, summaries and reports');
  if (query !== '') ui.triggerSearch(query);

  // replaceState, not pushState: typing a query is one step in the history, not one per key.
  container.addEventListener('input', function (event) {
    var input = event.target;
    if (!input || !input.classList || !input.classList.contains('pagefind-ui__search-input')) return;
    var url = new URL(window.location.href);
    if (input.value.trim() === '') url.searchParams.delete('q');
    else url.searchParams.set('q', input.value);
    window.history.replaceState(null, '', url);
  });
})();
