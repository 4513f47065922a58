// The reports, clusters and cases pages' behaviour (no inline script: the CSP allows 'self' only). A cluster's page
// draws its reports and the identifiers that tie them as an ECharts graph from the JSON its controller serves; the
// table under it carries the same nodes and edges for those who do not see the canvas.
(function () {
  "use strict";

  // one colour per kind, the same in every cluster; each keeps 4.5:1 on white
  var COLOURS = {
    REPORT: "#0b4f9c",
    PHONE_NUMBER: "#a4161a",
    BANK_CARD: "#8a4b00",
    PAYMENT_ACCOUNT: "#1b6e3a",
    CHAT_ACCOUNT: "#6a1b9a",
    DOMAIN: "#00626b",
    URL: "#9c2a6b"
  };

  // the tooltip is HTML: what a victim typed must stay text
  function escape(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"}[c];
    });
  }

  function drawGraph(holder, data) {
    holder.textContent = "";
    var chart = window.echarts.init(holder, null, {renderer: "canvas"});
    data.categories.forEach(function (c) {
      c.itemStyle = {color: COLOURS[c.kind] || "#4a5163"};
    });
    chart.setOption({
      tooltip: {
        formatter: function (p) {
          return p.dataType === "node" ? escape(p.data.name) + "<br>" + escape(p.data.detail) : "";
        }
      },
      legend: [{data: data.categories.map(function (c) { return c.name; }), top: 0, type: "scroll"}],
      series: [{
        type: "graph",
        layout: data.nodes.length > 40 ? "circular" : "force",
        force: {repulsion: 420, edgeLength: [90, 170], gravity: 0.08},
        roam: true,
        draggable: true,
        top: 40,
        categories: data.categories,
        data: data.nodes,
        links: data.links,
        // names beside the nodes only where they fit; on a phone the tooltip and the table name them
        label: {show: data.nodes.length <= 40 && holder.clientWidth > 480, position: "right", fontSize: 11},
        lineStyle: {color: "#4a5163", width: 1.5, opacity: 0.8},
        emphasis: {focus: "adjacency"}
      }]
    });
    chart.on("click", function (p) {
      if (p.dataType === "node" && p.data.url) {
        window.location.assign(p.data.url);
      }
    });
    window.addEventListener("resize", function () { chart.resize(); });
    holder.setAttribute("data-drawn", "true");
  }

  function graph() {
    var holder = document.querySelector("[data-graph]");
    if (!holder || !window.echarts) {
      return;
    }
    fetch(holder.getAttribute("data-graph"), {headers: {"Accept": "application/json"}, credentials: "same-origin"})
      .then(function (answer) {
        if (!answer.ok) {
          throw new Error("the graph answered " + answer.status);
        }
        return answer.json();
      })
      .then(function (data) { drawGraph(holder, data); })
      .catch(function (problem) { holder.textContent = String(problem.message); });
  }

  document.addEventListener("DOMContentLoaded", graph);
}());
