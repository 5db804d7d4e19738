/* Index page: renders the articles, people and organisations lists from
   window.ZX_REPORT (data/index.js) one page at a time, and filters all three with
   the search box. Text goes into the page through textContent only. */
(function () {
  "use strict";

  var PAGE_SIZE = 50;
  var LINKS_SHOWN = 8;
  var data = window.ZX_REPORT || { articles: [], people: [], organizations: [] };
  var articles = data.articles;

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function cell(row, text, className) {
    var td = element("td", text, className);
    row.appendChild(td);
    return td;
  }

  function articleName(index) {
    var article = articles[index];
    return article[2] || article[0];
  }

  function articleLink(index, text) {
    var link = element("a", text === undefined ? articleName(index) : text);
    link.href = "articles/" + articles[index][1];
    link.title = articles[index][0] + " · " + articleName(index) + (articles[index][3] ? " · " + articles[index][3] : "");
    return link;
  }

  function shortLink(index) {
    var name = articleName(index);
    return articleLink(index, name.length > 24 ? name.slice(0, 23) + "…" : name);
  }

  // A role's articles are named by their date (a short title when undated).
  function dateLink(index) {
    var date = articles[index][3].slice(0, 10);
    var name = articleName(index);
    return articleLink(index, date || (name.length > 10 ? name.slice(0, 9) + "…" : name));
  }

  function linkList(indexes, makeLink) {
    var holder = element("span", null, "links");
    function fill(count) {
      holder.textContent = "";
      indexes.slice(0, count).forEach(function (index) { holder.appendChild((makeLink || shortLink)(index)); });
      if (indexes.length > count) {
        var more = element("button", "+" + (indexes.length - count) + " more", "more");
        more.type = "button";
        more.addEventListener("click", function () { fill(indexes.length); });
        holder.appendChild(more);
      }
    }
    fill(LINKS_SHOWN);
    return holder;
  }

  function articleRow(article, index) {
    var row = element("tr");
    var title = cell(row, null);
    title.appendChild(articleLink(index));
    if (!article[9]) { title.appendChild(element("span", " (text missing)", "q")); }
    cell(row, article[0], "muted");
    cell(row, article[3]);
    cell(row, article[4]);
    cell(row, article[5], "num");
    cell(row, article[6], "num");
    cell(row, article[7], "num");
    cell(row, article[8], "num");
    return row;
  }

  function personRow(person) {
    var row = element("tr");
    cell(row, person[0]);
    var roles = cell(row, null);
    person[1].forEach(function (role) {
      var line = element("span", null, "role");
      line.appendChild(element("span", role[0] + " "));
      line.appendChild(linkList(role[1], dateLink));
      roles.appendChild(line);
    });
    cell(row, person[2].length, "num");
    cell(row, null).appendChild(linkList(person[2]));
    return row;
  }

  function organizationRow(organization) {
    var row = element("tr");
    var name = cell(row, organization[0]);
    if (organization[1].length) {
      name.appendChild(element("div", organization[1].join("、"), "q"));
    }
    cell(row, organization[3].join("、"));
    cell(row, organization[2].length, "num");
    cell(row, null).appendChild(linkList(organization[2]));
    return row;
  }

  function searchText(parts) {
    return parts.join("\u0000").toLowerCase();
  }

  var sections = [
    { id: "articles", rows: articles, render: articleRow,
      key: function (a) { return searchText([a[0], a[2], a[3], a[4]]); } },
    { id: "people", rows: data.people, render: personRow,
      key: function (p) { return searchText([p[0]].concat(p[1].map(function (r) { return r[0]; }))); } },
    { id: "organizations", rows: data.organizations, render: organizationRow,
      key: function (o) { return searchText([o[0]].concat(o[1], o[3])); } }
  ];

  function showPage(section) {
    var tbody = document.querySelector("#" + section.id + " tbody");
    var total = section.matches.length;
    var pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    section.page = Math.min(Math.max(section.page, 0), pages - 1);
    var first = section.page * PAGE_SIZE;
    var fragment = document.createDocumentFragment();
    section.matches.slice(first, first + PAGE_SIZE).forEach(function (index) {
      fragment.appendChild(section.render(section.rows[index], index));
    });
    tbody.textContent = "";
    tbody.appendChild(fragment);
    var pager = document.querySelector("#" + section.id + " .pager");
    pager.querySelector(".range").textContent = total
      ? (first + 1) + "–" + Math.min(first + PAGE_SIZE, total) + " of " + total
      : "none of " + section.rows.length;
    pager.querySelector(".previous").disabled = section.page === 0;
    pager.querySelector(".next").disabled = section.page >= pages - 1;
    document.querySelector("#" + section.id + " .count").textContent =
      total === section.rows.length ? String(total) : total + " of " + section.rows.length;
  }

  // An article matches the names of the people and organisations it mentions too.
  function articleKeys() {
    var extra = articles.map(function () { return []; });
    data.people.forEach(function (person) {
      person[2].forEach(function (index) { extra[index].push(person[0]); });
    });
    data.organizations.forEach(function (organization) {
      organization[2].forEach(function (index) { extra[index].push(organization[0]); });
    });
    return articles.map(function (article, index) {
      return sections[0].key(article) + "\u0000" + searchText(extra[index]);
    });
  }

  function filter(query) {
    var needle = query.trim().toLowerCase();
    if (!sections[0].keys) { sections[0].keys = articleKeys(); }
    sections.forEach(function (section) {
      if (!section.keys) { section.keys = section.rows.map(section.key); }
      section.matches = [];
      for (var i = 0; i < section.rows.length; i += 1) {
        if (!needle || section.keys[i].indexOf(needle) !== -1) { section.matches.push(i); }
      }
      section.page = 0;
      showPage(section);
    });
  }

  function queryFromHash() {
    var match = /^#q=(.*)$/.exec(window.location.hash);
    if (!match) { return ""; }
    try { return decodeURIComponent(match[1]); } catch (error) { return ""; }
  }

  function start() {
    var box = document.getElementById("search");
    var timer = null;
    sections.forEach(function (section) {
      var pager = document.querySelector("#" + section.id + " .pager");
      pager.querySelector(".previous").addEventListener("click", function () { section.page -= 1; showPage(section); });
      pager.querySelector(".next").addEventListener("click", function () { section.page += 1; showPage(section); });
    });
    box.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        filter(box.value);
        try { history.replaceState(null, "", box.value ? "#q=" + encodeURIComponent(box.value) : "#"); } catch (error) { /* file:// may refuse */ }
      }, 120);
    });
    box.value = queryFromHash();
    filter(box.value);
    document.body.setAttribute("data-ready", "1");
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
