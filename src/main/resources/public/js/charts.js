// Draws the charts of a disclosure page with Apache ECharts (served from /static/vendor). The data is in
// #charts[data-charts], built by the server; every chart goes into its own container #chart-<id>, and
// its "下载 PNG" button renders the same chart, with its title and source, into an image.
// Names come from published documents: they reach the page only as text (canvas labels, textContent)
// or through esc() in tooltips, which ECharts shows as HTML.
(function () {
  'use strict';
  const root = document.getElementById('charts');
  if (!root || typeof echarts === 'undefined') return;
  const data = JSON.parse(root.dataset.charts);
  const unit = data.unit || '万元';
  const fmt = new Intl.NumberFormat('zh-CN', {minimumFractionDigits: 2, maximumFractionDigits: 2});
  const money = v => (v === null || v === undefined) ? '—' : fmt.format(v);
  const signed = v => (v > 0 ? '+' : '') + money(v);
  const esc = s => String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g,
      ch => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[ch]));
  const shareOf = p => p.data.share === null ? '—' : p.data.share.toFixed(2) + '%';
  const share = (v, total) => total ? (v / total * 100).toFixed(2) + '%' : '—';
  const COLORS = ['#9b1c1c', '#1c4c9b', '#d08a1a', '#2e7d5b', '#6b4c9b', '#4a90a4', '#b0533c', '#7a7a2e'];
  const UP = '#c0392b';
  const DOWN = '#2e7d5b';

  // Each builder takes the chart's data and the room left at the top for a title (0 on the page).
  const BUILD = {
    tree(c, top) {
      const toNode = n => ({
        name: n.name, value: n.value, code: n.code,
        children: n.children ? n.children.map(toNode) : undefined
      });
      return {
        color: COLORS,
        tooltip: {
          formatter: p => p.data && p.data.code
              ? esc(p.data.code + ' ' + p.name) + '<br>' + money(p.value) + ' ' + unit + '（占合计 ' + share(p.value, c.total) + '）'
              : esc(p.name)
        },
        series: [{
          type: 'treemap', name: '合计', top: top + 8, bottom: 40, left: 8, right: 8,
          roam: false, nodeClick: 'zoomToNode', squareRatio: 0.8,
          breadcrumb: {show: true, bottom: 6},
          data: c.nodes.map(toNode),
          label: {show: true, formatter: p => p.name + '\n' + money(p.value), overflow: 'break'},
          upperLabel: {show: true, height: 24, color: '#fff', formatter: p => p.name + '  ' + money(p.value)},
          levels: [
            {itemStyle: {borderColor: '#fff', borderWidth: 3, gapWidth: 3}, upperLabel: {show: false}},
            {itemStyle: {borderColor: '#6b1313', borderWidth: 3, gapWidth: 2}, colorSaturation: [0.35, 0.55]},
            {itemStyle: {borderColorSaturation: 0.6, gapWidth: 1, borderWidth: 1}, colorSaturation: [0.3, 0.5]}
          ]
        }]
      };
    },

    pie(c, top) {
      return {
        color: [COLORS[0], COLORS[2]],
        // shares as the server computed them, of the printed total (the slices may miss it by a rounding cent)
        tooltip: {trigger: 'item', formatter: p => esc(p.name) + '<br>' + money(p.value) + ' ' + unit + '（' + shareOf(p) + '）'},
        legend: {bottom: 0},
        series: [{
          type: 'pie', radius: ['38%', '64%'], top: top, bottom: 28,
          data: c.slices.map(s => ({name: s.name, value: s.value, share: s.share})),
          label: {formatter: p => p.name + '\n' + money(p.value) + ' ' + unit + '\n' + shareOf(p), lineHeight: 18}
        }]
      };
    },

    bar(c, top) {
      const category = {type: 'category', data: c.categories, inverse: c.horizontal,
        axisLabel: c.horizontal ? {width: 150, overflow: 'truncate'} : {}};
      const value = {type: 'value', name: unit};
      // a stacked part too thin for its figure shows it only in the tooltip and the table
      const widest = Math.max(...c.categories.map((_, i) => c.series.filter(s => s.style === 'bar')
          .reduce((sum, s) => sum + (s.values[i] || 0), 0)));
      const fits = v => v && v >= widest * 0.1;
      const series = c.series.map(s => s.style === 'line'
          ? {type: 'line', name: s.name, data: s.values, z: 3, symbolSize: 8,
             label: {show: true, position: 'top', formatter: p => money(p.value)}}
          : {type: 'bar', name: s.name, stack: 'sum', data: s.values, barMaxWidth: 48, labelLayout: {hideOverlap: true},
             label: {show: true, formatter: p => fits(p.value) ? money(p.value) : ''}});
      return {
        color: COLORS,
        legend: {top: top},
        tooltip: {
          trigger: 'axis', axisPointer: {type: 'shadow'},
          formatter: ps => esc(ps[0].name) + ps.map(p => '<br>' + p.marker + esc(p.seriesName) + '：' + money(p.value) + ' ' + unit).join('')
        },
        grid: {top: top + 44, left: 16, right: 40, bottom: 16, containLabel: true},
        xAxis: c.horizontal ? value : category,
        yAxis: c.horizontal ? category : value,
        series: series
      };
    },

    change(c, top) {
      const lines = c.lines;
      return {
        tooltip: {
          trigger: 'axis', axisPointer: {type: 'shadow'},
          formatter: ps => {
            const l = lines[ps[0].dataIndex];
            return esc(l.code + ' ' + l.name) + '<br>上年：' + money(l.last) + ' ' + unit + '<br>本年：' + money(l.current) + ' ' + unit
                + '<br>增减：' + signed(l.change) + ' ' + unit + (l.percent === null ? '' : '（' + (l.percent > 0 ? '+' : '') + l.percent.toFixed(2) + '%）');
          }
        },
        grid: {top: top + 16, left: 16, right: 60, bottom: 16, containLabel: true},
        xAxis: {type: 'value', name: unit},
        yAxis: {type: 'category', inverse: true, data: lines.map(l => l.name), axisLabel: {width: 200, overflow: 'truncate'},
          axisTick: {show: false}},
        series: [{
          type: 'bar', name: '增减额', barMaxWidth: 28,
          data: lines.map(l => ({value: l.change, itemStyle: {color: l.change >= 0 ? UP : DOWN}})),
          label: {show: true, position: 'right', formatter: p => signed(p.value)}
        }]
      };
    }
  };

  // Bars need room per line; the rest keep the height the stylesheet gives them.
  function size(box, c) {
    const rows = c.kind === 'change' ? c.lines.length : (c.kind === 'bar' && c.horizontal ? c.categories.length : 0);
    if (rows > 0) box.style.height = Math.max(240, rows * 46 + 90) + 'px';
  }

  // The PNG: the same chart drawn off screen with its title and source, without animation, saved within
  // the click (a download started later may be blocked). A treemap lays out its labels only on a later
  // update; resize() runs that update at once, so the image has them.
  function download(c, box) {
    const titleRoom = 64;
    const width = Math.max(box.clientWidth, 640);
    const off = document.createElement('div');
    off.style.cssText = 'position:absolute;left:-10000px;top:0;width:' + width + 'px;height:' + (box.clientHeight + titleRoom) + 'px';
    document.body.appendChild(off);
    const chart = echarts.init(off, null, {renderer: 'canvas'});
    try {
      const option = BUILD[c.kind](c, titleRoom);
      option.animation = false;
      option.backgroundColor = '#fff';
      option.title = {text: c.title, subtext: '数据来源：' + c.source + '　单位：' + unit, left: 'center', top: 8,
        textStyle: {fontSize: 18}, subtextStyle: {fontSize: 12, width: width - 40, overflow: 'truncate'}};
      chart.setOption(option);
      chart.resize();
      const a = document.createElement('a');
      a.href = chart.getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#fff'});
      a.download = c.title.replace(/[\\/:*?"<>|]/g, '') + '.png';
      document.body.appendChild(a);
      a.click();
      a.remove();
    } finally {
      chart.dispose();
      off.remove();
    }
  }

  const drawn = [];
  for (const c of data.charts) {
    const box = document.getElementById('chart-' + c.id);
    const build = BUILD[c.kind];
    if (!box || !build) continue;
    size(box, c);
    const chart = echarts.init(box, null, {renderer: 'canvas'});
    chart.setOption(build(c, 0));
    drawn.push(chart);
    const button = root.querySelector('button.chart-download[data-chart="' + c.id + '"]');
    if (button) {
      button.hidden = false;
      button.addEventListener('click', () => download(c, box));
    }
  }
  window.addEventListener('resize', () => drawn.forEach(ch => ch.resize()));
})();
