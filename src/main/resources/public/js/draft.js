// Live check of the draft being edited: sends the textarea to /api/check and shows the counts and
// the first findings, without saving.
(function () {
  const button = document.getElementById('live-check');
  const area = document.getElementById('content');
  const out = document.getElementById('live-result');
  if (!button || !area) return;
  const token = document.querySelector('meta[name="csrf-token"]').content;
  let timer = null;
  async function check() {
    out.textContent = '检查中……';
    try {
      const res = await fetch('/api/check?format=' + encodeURIComponent(area.dataset.format), {
        method: 'POST',
        headers: {'Content-Type': 'text/plain; charset=utf-8', 'X-CSRF-Token': token},
        body: area.value
      });
      const body = await res.json();
      if (!res.ok) { out.textContent = body.title + '：' + body.details; return; }
      const s = body.summary;
      out.textContent = s.error + ' 个错误，' + s.warning + ' 个警告，' + s.notice + ' 个提示（未保存）';
      const list = document.getElementById('finding-list');
      list.replaceChildren();
      for (const f of body.findings.filter(f => f.severity !== 'notice')) {
        const li = document.createElement('li');
        li.textContent = '[' + f.rule + '] ' + f.message;   // textContent: never interpreted as HTML
        li.className = 'finding-' + f.severity;
        list.appendChild(li);
      }
    } catch (e) {
      out.textContent = '检查失败：' + e;
    }
  }
  button.addEventListener('click', check);
  area.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(check, 1500); });
})();
