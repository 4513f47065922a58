// The ClearSky console's behaviour. Loaded as a file (the CSP allows no inline script); htmx does the partial
// refreshes, this draws the dashboard's charts with ECharts and fills the tables that stand in for them.
(function () {
  "use strict";

  function cell(row, text, numeric) {
    var td = document.createElement("td");
    td.textContent = text;
    if (numeric) {
      td.className = "num";
    }
    row.appendChild(td);
  }

  function fillTable(id, rows) {
    var body = document.querySelector("#" + id + " tbody");
    if (!body) {
      return;
    }
    body.textContent = "";
    rows.forEach(function (r) {
      var tr = document.createElement("tr");
      cell(tr, r[0], false);
      cell(tr, String(r[1]), true);
      cell(tr, Number(r[2]).toLocaleString(document.documentElement.lang, {minimumFractionDigits: 2}), true);
      body.appendChild(tr);
    });
  }

  function draw(element, option) {
    element.textContent = "";
    var chart = window.echarts.init(element, null, {renderer: "canvas"});
    chart.setOption(option);
    window.addEventListener("resize", function () { chart.resize(); });
    return chart;
  }

  function charts() {
    var holder = document.querySelector("[data-charts]");
    if (!holder || !window.echarts) {
      return;
    }
    fetch(holder.getAttribute("data-charts"), {headers: {"Accept": "application/json"}, credentials: "same-origin"})
      .then(function (answer) {
        if (!answer.ok) {
          throw new Error("charts answered " + answer.status);
        }
        return answer.json();
      })
      .then(function (data) {
        var trend = document.getElementById("trend-chart");
        var shares = document.getElementById("shares-chart");
        draw(trend, {
          color: ["#0b4f9c"],
          tooltip: {trigger: "axis"},
          grid: {left: 40, right: 16, top: 24, bottom: 40},
          xAxis: {type: "category", data: data.trend.map(function (d) { return d.day.substring(5); })},
          yAxis: {type: "value", minInterval: 1},
          series: [{name: data.reportsLabel, type: "line", areaStyle: {opacity: 0.15},
            data: data.trend.map(function (d) { return d.reports; })}]
        });
        draw(shares, {
          tooltip: {trigger: "item", formatter: "{b}: {c} ({d}%)"},
          series: [{name: data.reportsLabel, type: "pie", radius: ["35%", "65%"], avoidLabelOverlap: true,
            label: {formatter: "{b}\n{d}%"},
            data: data.shares.map(function (s) { return {name: s.name, value: s.reports}; })}]
        });
        trend.setAttribute("data-drawn", "true");
        shares.setAttribute("data-drawn", "true");
        fillTable("trend-table", data.trend.map(function (d) { return [d.day, d.reports, d.lossCny]; }));
        fillTable("shares-table", data.shares.map(function (s) { return [s.name, s.reports, s.lossCny]; }));
      })
      .catch(function (problem) {
        document.querySelectorAll(".chart").forEach(function (c) { c.textContent = String(problem.message); });
      });
  }

  // after an action, the confirmation takes the focus, so a screen reader reads it and the keyboard starts there
  function focusConfirmation() {
    var confirmation = document.getElementById("confirmation");
    if (confirmation) {
      confirmation.focus();
    }
  }

  document.addEventListener("DOMContentLoaded", charts);
  document.addEventListener("DOMContentLoaded", focusConfirmation);
}());
