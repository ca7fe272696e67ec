// The page around the simulator: the language switch and the page's own few words.
const WORDS = {
  siteName: { ja: '助成金シミュレーター', en: 'Subsidy simulator' },
  heading: { ja: '助成金がいくらになるか、その場で試算', en: 'See what a subsidy pays, as you type' },
  lead: {
    ja: '入力するたびに、公表された案内にもとづく助成金の見込み額と、その計算の過程が表示されます。雇用保険料、残業時間の上限、かごしま「働き方改革」推進企業の認定要件、かごしま子育て応援企業ローンの返済額も試算できます。',
    en: 'Each entry updates the estimate from the published leaflets, with every step of the calculation. Employment-insurance premiums, the overtime caps, the Kagoshima work-style certification and the Kagoshima child-rearing support loan are here too.',
  },
  privacy: {
    ja: '入力した内容はこのブラウザの中だけで計算されます。サーバーへの送信や、アクセス解析はありません。リンクを送ると、同じ入力の試算が開きます（入力内容はリンクの「#」以降に入ります）。',
    en: 'Everything is computed in this browser: nothing is sent to a server and there is no analytics. A link opens the same estimate (the entries are in the part after “#”).',
  },
  sources: {
    ja: '根拠: 業務改善助成金（令和5〜8年度）・働き方改革推進支援助成金（令和5年度）の案内（厚生労働省）、労働かごしま 2023年6月号（雇用保険率・時間外労働の上限規制・かごしま「働き方改革」推進企業・かごしま子育て応援企業ローン）など。各試算の「計算の過程と根拠」に出典を示します。結果は目安で、支給額・認定・融資は労働局・県・金融機関の審査で決まります。',
    en: 'Sources: the leaflets of the Business Improvement Subsidy (FY2023–FY2026) and the Work Style Reform Subsidy (FY2023) (MHLW), the June 2023 issue of 労働かごしま (employment-insurance rates, overtime caps, the Kagoshima certification and loan) and others; each step names its source. Estimates only: the labour bureau, the prefecture or the lender decides.',
  },
  embedLink: { ja: '金融機関サイトへの埋め込み例', en: 'Example: embedded in a bank’s site' },
  title: {
    ja: '助成金シミュレーター｜業務改善助成金・働き方改革推進支援助成金・雇用保険料ほか',
    en: 'Subsidy simulator | Business Improvement and Work Style Reform subsidies, premiums, overtime caps, loans',
  },
};

const sim = document.querySelector('joseikin-simulator');
const toggle = document.getElementById('lang-toggle');

function show(lang) {
  document.documentElement.lang = lang;
  document.title = WORDS.title[lang];
  for (const node of document.querySelectorAll('[data-text]')) {
    const w = WORDS[node.dataset.text];
    if (w) node.textContent = w[lang];
  }
  // The button names the other language, in that language.
  const other = lang === 'ja' ? 'en' : 'ja';
  toggle.textContent = other === 'en' ? 'English' : '日本語';
  toggle.lang = other;
}

toggle.addEventListener('click', () => {
  const next = sim.getAttribute('lang') === 'en' ? 'ja' : 'en';
  sim.setAttribute('lang', next);
});
// The element also changes language when a shared link says so.
sim.addEventListener('joseikin-lang', (e) => show(e.detail.lang));
show(sim.getAttribute('lang') === 'en' ? 'en' : 'ja');
