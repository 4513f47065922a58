// The indicators pages' behaviour (涉诈指标): draws the activity chart of the centre's list from the JSON its
// holder names. The import page's progress bar needs no script here: htmx polls it (hx-get every second).
(function () {
  "use strict";

  function activityChart() {
    var holder = document.getElementById("ind-activity-chart");
    if (!holder || !window.echarts) {
      return;
    }
    fetch(holder.getAttribute("data-src"), {headers: {"Accept": "application/json"}, credentials: "same-origin"})
      .then(function (answer) {
        if (!answer.ok) {
          throw new Error("the chart answered " + answer.status);
        }
        return answer.json();
      })
      .then(function (data) {
        holder.textContent = "";
        var chart = window.echarts.init(holder, null, {renderer: "canvas"});
        chart.setOption({
          color: ["#0b4f9c", "#8a4b00", "#b3261e"],
          tooltip: {trigger: "axis"},
          legend: {top: 0},
          grid: {left: 40, right: 16, top: 32, bottom: 40},
          xAxis: {type: "category", data: data.days},
          yAxis: {type: "value", minInterval: 1},
          series: data.series.map(function (s) {
            return {name: s.name, type: "line", data: s.values};
          })
        });
        window.addEventListener("resize", function () { chart.resize(); });
        holder.setAttribute("data-drawn", "true");
      })
      .catch(function (problem) {
        holder.textContent = String(problem.message);
      });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", activityChart);
  } else {
    activityChart();
  }
}());
