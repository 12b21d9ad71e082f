// The search page's interface over Pagefind's JavaScript API (no Pagefind UI). Nothing of the index
// loads before the first query; the filter lists are printed in the page, so Pagefind's filter
// files load only when a filter is used. The query and filters live in the URL (?q=, ?session=,
// ?topic=) so a search can be shared. A Pagefind page is a built page (a session's programme, its
// narrative summaries, a report, the documents); its records (questions, slots, meetings, notes,
// summaries, paragraphs, documents) are its sub-results, each at its own anchor, with its data
// (title, sessions, topics, date, UTC times) as the sub-result's title in JSON
// (src/domain/outputs/search-records.ts: SearchResultData). Paths come from data- attributes: the
// site may live under a sub-path. An external file, not an inline script, under the strict CSP.
(() => {
  const form = document.getElementById('search');
  if (!form) return;
  const { q: input, session: sessionSelect, topic: topicSelect } = form.elements;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more');
  const pagesAtOnce = 5;
  const hitsShown = 3;
  const excerptLength = 30;
  let pagefind;
  let generation = 0;
  let waiting = [];
  let total = 0;
  let exactOnly = false;
  let timer;

  // Pagefind runs in the page, not in its web worker: one file less to download.
  const ranking = () => JSON.parse(form.dataset.ranking || '{}');
  const load = () => (pagefind ||= import(`${form.dataset.bundlePath}pagefind.js`).then(async (api) => {
    await api.options({ baseUrl: form.dataset.baseUrl, ranking: ranking(), noWorker: true });
    return api;
  }));

  const make = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  };
  const link = (href, text) => Object.assign(make('a', '', text), { href });
  const filters = () => Object.fromEntries([['session', sessionSelect.value], ['topic', topicSelect.value]].filter(([, value]) => value));
  const choose = (select, value) => {
    if (value && ![...select.options].some((option) => option.value === value)) select.add(new Option(value, value));
    select.value = value;
  };

  // A query of one word is quoted: Pagefind runs a quoted query as an exact search (the word and
  // its stem, not every word that starts like it; nothing for a word not in the index). An exact
  // search gives one place per page, so the word is searched unquoted too, for every place in the
  // pages the exact search found, of which only exact matches are kept. Queries of several words
  // are searched as typed.
  async function find(api, query) {
    const options = { filters: filters() };
    exactOnly = /^[^\s"]+$/.test(query);
    if (!exactOnly) return (await api.search(query, options)).results;
    // One after the other: Pagefind's searches share its index state.
    const exact = await api.search(`"${query}"`, options);
    const pages = new Set(exact.results.map((result) => result.id));
    return pages.size === 0 ? [] : (await api.search(query, options)).results.filter((result) => pages.has(result.id));
  }

  // Pagefind scores a place by its weight squared times a bonus for the closeness of the indexed
  // word to the query word (Pagefind's word_length_bonus; the same word or stem gets the highest).
  const closeness = ({ weight, balanced_score: score }) => score / (576 * weight * weight);
  const exactCloseness = () => {
    const similarity = ranking().termSimilarity ?? 1;
    return Math.exp(Math.exp(-1 / 8) * similarity - similarity);
  };

  // Records are ranked across the pages shown together, BM25-like: a matching word counts by its
  // weight in the record (a heading more, the context less) and its closeness to the query word,
  // saturating, against the record's length, and by how few of the records have it.
  const normal = (word) => (word || '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  function rank(hits, records, words) {
    const spread = new Map();
    for (const hit of hits) {
      hit.terms = new Map();
      for (const place of hit.places) {
        const word = normal(hit.words[place.location]);
        hit.terms.set(word, (hit.terms.get(word) || 0) + place.weight * closeness(place));
      }
      hit.terms.forEach((_, word) => spread.set(word, (spread.get(word) || 0) + 1));
    }
    const averageLength = words / records;
    for (const hit of hits) {
      hit.score = 0;
      const lengthFactor = 1.2 * (0.25 + 0.75 * (hit.end - hit.start) / averageLength);
      hit.terms.forEach((frequency, word) => {
        const rarity = Math.log(1 + (records - spread.get(word) + 0.5) / (spread.get(word) + 0.5));
        hit.score += rarity * (frequency * 2.2) / (frequency + lengthFactor);
      });
    }
  }

  // The records of a page that match the query: their data, their words and matching places.
  function hitsOf(page) {
    const words = page.content.split(/[\r\n\s]+/g);
    const starts = page.anchors.map((anchor) => anchor.location).sort((a, b) => a - b);
    const exact = exactCloseness() * 0.999;
    return page.sub_results.flatMap((sub) => {
      let data;
      try {
        data = JSON.parse(sub.title);
      } catch {
        return [];
      }
      const places = sub.weighted_locations.filter((place) => !exactOnly || closeness(place) >= exact);
      const start = sub.anchor ? sub.anchor.location : 0;
      const end = starts.find((location) => location > start) ?? words.length;
      return places.length > 0 ? [{ sub, data, page, words, places, start, end }] : [];
    });
  }

  // The pages of a batch with their records that match the filters (a topic filter keeps only that
  // topic's records, though Pagefind filters whole pages), best first; pages by their best record.
  function rankedPages(pages) {
    const hits = pages.flatMap(hitsOf);
    rank(hits, pages.reduce((sum, page) => sum + page.anchors.length, 0), pages.reduce((sum, page) => sum + page.word_count, 0));
    const wanted = Object.entries(filters());
    const kept = hits.filter(({ data }) => wanted.every(([key, value]) => (data[key] || []).includes(value)));
    return pages
      .map((page) => ({ page, hits: kept.filter((hit) => hit.page === page).sort((a, b) => b.score - a.score) }))
      .filter(({ hits: pageHits }) => pageHits.length > 0)
      .sort((a, b) => b.hits[0].score - a.hits[0].score);
  }

  // A few words of the record around the most matches, the matches marked.
  function excerpt({ words, places, start, end }) {
    const marked = new Set(places.map((place) => place.location));
    let from = start;
    if (end - start > excerptLength) {
      let best = -1;
      for (const location of marked) {
        const first = Math.max(start, Math.min(location - 5, end - excerptLength));
        const count = [...marked].filter((other) => other >= first && other < first + excerptLength).length;
        if (count > best) [best, from] = [count, first];
      }
    }
    const out = make('p', 'search-excerpt');
    for (let index = from; index < Math.min(end, from + excerptLength); index++) {
      if (index > from) out.append(' ');
      out.append(marked.has(index) ? make('mark', '', words[index]) : words[index]);
    }
    return out;
  }

  function sessionTag(name) {
    if (sessionSelect.value === name) return make('span', 'search-tag', name);
    const url = new URL(location.href);
    url.searchParams.set('session', name);
    const tag = link(url.href, name);
    tag.className = 'search-tag';
    tag.append(make('span', 'visually-hidden', ': search this session only'));
    tag.addEventListener('click', (event) => {
      event.preventDefault();
      choose(sessionSelect, name);
      search();
    });
    return tag;
  }

  function hitItem(hit) {
    const { sub, data } = hit;
    const item = make('li', 'search-hit');
    const heading = make('h3');
    heading.append(link(sub.url, data.title));
    const tags = make('p', 'search-tags');
    const parts = [...data.session.map(sessionTag), ...[data.date, ...data.topic].filter(Boolean).map((text) => make('span', 'search-tag', text))];
    parts.forEach((part, index) => tags.append(...(index ? [' ', part] : [part])));
    item.append(heading, tags, excerpt(hit));
    // UTC times for the enhancement (local-time.js), which adds the time in the reader's zone.
    if (data.start && data.zone) {
      item.dataset.localTime = data.zone;
      [data.start, data.end].filter(Boolean).forEach((iso) => item.append(Object.assign(make('time'), { dateTime: iso, hidden: true })));
    }
    return item;
  }

  function pageItem(page, hits) {
    const item = make('li', 'search-page');
    const heading = make('h2');
    heading.append(link(page.url, page.meta.title));
    const hitList = make('ol', 'search-hits');
    hits.forEach((hit, index) => hitList.append(Object.assign(hitItem(hit), { hidden: index >= hitsShown })));
    item.append(heading, hitList);
    if (hits.length > hitsShown) {
      const all = make('button', 'search-all', `All ${hits.length} matches on this page`);
      all.type = 'button';
      all.addEventListener('click', () => {
        [...hitList.children].forEach((hit) => { hit.hidden = false; });
        all.remove();
        hitList.children[hitsShown].querySelector('a').focus();
      });
      item.append(all);
    }
    return item;
  }

  // The message read out when results change.
  function summary(query, shown) {
    const scope = Object.values(filters()).map((value) => ` in ${value}`).join('');
    if (shown === 0 && waiting.length === 0) return `No results for “${query}”${scope}`;
    const pages = `${total} page${total === 1 ? '' : 's'}`;
    return scope ? `Results for “${query}”${scope} on up to ${pages}` : `Results for “${query}” on ${pages}`;
  }

  // Shows the next pages of results; pages left without a match by the filters are skipped.
  async function showMore(current, query) {
    let added = null;
    while (!added && waiting.length > 0) {
      const pages = await Promise.all(waiting.splice(0, pagesAtOnce).map((result) => result.data()));
      if (current !== generation) return null;
      for (const { page, hits } of rankedPages(pages)) {
        const item = pageItem(page, hits);
        list.append(item);
        added ||= item;
      }
    }
    more.hidden = waiting.length === 0;
    status.textContent = summary(query, list.children.length);
    document.dispatchEvent(new Event('oewg:search-results'));
    return added;
  }

  function keepInUrl(query) {
    const url = new URL(location.href);
    for (const [key, value] of [['q', query], ['session', sessionSelect.value], ['topic', topicSelect.value]]) {
      if (value) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
    }
    // replaceState, not pushState: typing a query is one step in the history, not one per key.
    history.replaceState(null, '', url);
  }

  async function search() {
    clearTimeout(timer);
    const current = ++generation;
    const query = input.value.trim();
    keepInUrl(query);
    if (!query) {
      waiting = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    try {
      const results = await find(await load(), query);
      if (current !== generation) return;
      waiting = results.slice();
      total = waiting.length;
      list.replaceChildren();
      await showMore(current, query);
    } catch (error) {
      status.textContent = 'The search could not run: its index did not load. Try again later.';
      throw error;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });
  input.addEventListener('input', () => {
    // Pagefind and its index start loading with the first key, while the reader goes on typing.
    load().then((api) => api.init()).catch(() => {});
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  sessionSelect.addEventListener('change', search);
  topicSelect.addEventListener('change', search);
  more.addEventListener('click', async () => {
    const added = await showMore(generation, input.value.trim());
    added?.querySelector('a').focus();
  });

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  choose(sessionSelect, params.get('session') || '');
  choose(topicSelect, params.get('topic') || '');
  if (input.value.trim()) search();
  else input.focus();
})();
