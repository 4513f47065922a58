// The follow-the-money pages' behaviour (资金追查): draws a trace as a layered ECharts graph from the JSON the
// page names, and counts the deadlines on the boards down. Loaded as a file (the CSP allows no inline script); the
// pages say everything without it: the graph's figures are in the table below it, and each deadline's time left is
// written by the server, this only keeps it current.
(function () {
  "use strict";

  var COLUMN = 260;
  var ROW = 90;
  // one colour a level, from the palette (all at least 4.5:1 against white text or the white page)
  var COLOURS = ["#a4161a", "#0b4f9c", "#8a4b00", "#1f6f43", "#5b3f8c", "#4a5163"];

  function layered(data) {
    var counts = {};
    var nodes = [];
    var deepest = data.levels.length - 1;
    data.nodes.forEach(function (n) { counts[n.level] = (counts[n.level] || 0) + 1; });
    var most = Math.max.apply(null, Object.keys(counts).map(function (k) { return counts[k]; }).concat([1]));
    var seen = {};
    data.nodes.forEach(function (n) {
      var index = seen[n.level] || 0;
      seen[n.level] = index + 1;
      nodes.push({
        id: n.id,
        name: n.account,
        category: n.level,
        x: n.level * COLUMN,
        y: (index - (counts[n.level] - 1) / 2) * ROW,
        symbol: n.kind === "victim" ? "roundRect" : (n.kind === "account" ? "circle" : "diamond"),
        symbolSize: n.kind === "victim" ? 26 : 20,
        value: n.left,
        institution: n.institution
      });
    });
    // the level headings: nodes without a symbol, above each column
    for (var level = 0; level <= deepest; level++) {
      nodes.push({
        id: "level-" + level,
        name: data.levels[level],
        x: level * COLUMN,
        y: -((most - 1) / 2) * ROW - ROW * 0.8,
        symbolSize: 0,
        heading: true,
        label: {show: true, position: "inside", fontWeight: "bold", color: "#1a1f2b", fontSize: 14},
        tooltip: {show: false}
      });
    }
    return {nodes: nodes, rows: most};
  }

  function drawGraph() {
    var holder = document.querySelector("[data-graph]");
    if (!holder || !window.echarts) {
      return;
    }
    fetch(holder.getAttribute("data-graph"), {headers: {"Accept": "application/json"}, credentials: "same-origin"})
      .then(function (answer) {
        if (!answer.ok) {
          throw new Error("graph answered " + answer.status);
        }
        return answer.json();
      })
      .then(function (data) {
        var laid = layered(data);
        holder.style.height = Math.max(288, laid.rows * ROW + 140) + "px";
        holder.style.minWidth = Math.max(20, data.levels.length * 12) + "rem";
        holder.textContent = "";
        var chart = window.echarts.init(holder, null, {renderer: "canvas"});
        chart.setOption({
          color: COLOURS,
          tooltip: {
            // ECharts puts a formatter's string in the page as HTML: account numbers and institutions come from
            // partners, so every value is escaped
            formatter: function (p) {
              var encode = window.echarts.format.encodeHTML;
              if (p.dataType === "edge") {
                return encode(String(p.data.label));
              }
              return p.data.heading ? "" : encode(String(p.data.name)) + " · " + encode(String(p.data.institution))
                  + (p.data.value ? " · " + encode(String(p.data.value)) : "");
            }
          },
          legend: {top: 0, data: data.levels},
          series: [{
            type: "graph",
            layout: "none",
            top: 60,
            bottom: 40,
            left: 90,
            right: 90,
            roam: false,
            categories: data.levels.map(function (name) { return {name: name}; }),
            data: laid.nodes,
            links: data.edges.map(function (e) {
              return {source: e.source, target: e.target, label: e.label};
            }),
            edgeSymbol: ["none", "arrow"],
            edgeSymbolSize: 9,
            lineStyle: {color: "#4a5163", width: 1.5, opacity: 0.9, curveness: 0.08},
            label: {show: true, position: "bottom", color: "#1a1f2b", fontSize: 12},
            edgeLabel: {
              show: true,
              fontSize: 12,
              color: "#1a1f2b",
              backgroundColor: "#ffffff",
              padding: [1, 3],
              formatter: function (p) { return p.data.label; }
            }
          }]
        });
        window.addEventListener("resize", function () { chart.resize(); });
        holder.setAttribute("data-drawn", "true");
      })
      .catch(function (problem) {
        holder.textContent = String(problem.message);
      });
  }

  function format(pattern, values) {
    return pattern.replace(/\{(\d)\}/g, function (all, i) { return String(values[Number(i)]); });
  }

  // the same words and rounding as the server's Countdowns: whole minutes, down; at least one once overdue
  function countdownText(patterns, deadline, now) {
    var over = deadline <= now;
    var minutes = Math.floor(Math.abs(deadline - now) / 60000);
    if (over) {
      minutes = Math.max(1, minutes);
    }
    var span;
    if (minutes >= 2880) {
      span = format(patterns.days, [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60)]);
    } else if (minutes >= 60) {
      span = format(patterns.hours, [Math.floor(minutes / 60), minutes % 60]);
    } else {
      span = format(patterns.minutes, [minutes]);
    }
    return {over: over, text: format(over ? patterns.over : patterns.left, [span])};
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll("[data-countdown-left]").forEach(function (box) {
      var patterns = {
        left: box.getAttribute("data-countdown-left"),
        over: box.getAttribute("data-countdown-over"),
        days: box.getAttribute("data-countdown-days"),
        hours: box.getAttribute("data-countdown-hours"),
        minutes: box.getAttribute("data-countdown-minutes")
      };
      box.querySelectorAll("time[data-deadline]").forEach(function (time) {
        var deadline = Date.parse(time.getAttribute("data-deadline"));
        if (isNaN(deadline)) {
          return;
        }
        var shown = countdownText(patterns, deadline, now);
        if (time.textContent !== shown.text) {
          time.textContent = shown.text;
        }
        var row = time.closest("tr, dd");
        if (row && shown.over) {
          row.classList.add("overdue");
        }
      });
    });
  }

  function countdowns() {
    if (document.querySelector("time[data-deadline]")) {
      window.setInterval(tick, 30000);
    }
  }

  document.addEventListener("DOMContentLoaded", drawGraph);
  document.addEventListener("DOMContentLoaded", countdowns);
}());
