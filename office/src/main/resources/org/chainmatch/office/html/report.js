// Draws every chart of the page from the JSON data island; the tables beside them carry the same
// figures as text. No network: ECharts is inlined above this script.
(function () {
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var font = getComputedStyle(document.body).fontFamily;
  var drawn = 0;
  var charts = [];
  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var option = data.charts[el.getAttribute('data-chart')];
    if (!option) {
      throw new Error('no data for chart ' + el.getAttribute('data-chart'));
    }
    option.animation = false;
    option.textStyle = { fontFamily: font };
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option);
    charts.push(chart);
    drawn++;
  });
  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
  document.body.setAttribute('data-charts-drawn', String(drawn));
  // Milliseconds from navigation start until every chart is drawn (read by the browser test).
  document.body.setAttribute('data-render-ms', String(Math.round(performance.now())));
})();
