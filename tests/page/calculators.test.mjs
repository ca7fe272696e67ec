// The four calculators of issue 8 on the page: each filled form shows the figure worked out by hand
// from the sources, errors sit next to their fields in Japanese, the link restores the state, axe
// finds nothing in either language, and a 375-px phone never scrolls sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, openPage, sim, switchLanguage, AXE, SCREENSHOTS, result } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** Opens the page on one program's tab. */
async function openProgram(id, options) {
  const opened = await openPage(env, '', options);
  await sim(opened.page).part(`[role=tab][data-program="${id}"]`).click();
  await opened.page.waitForFunction(() => document.querySelector('joseikin-simulator').result !== null);
  return opened;
}

/** Twelve months of overtime (and holiday work) into the grid. */
async function fillMonths(page, overtime, holiday = []) {
  const s = sim(page);
  for (const [i, h] of overtime.entries()) await s.field(`months[${i}].overtimeHours`).fill(String(h));
  for (const [i, h] of holiday.entries()) if (h !== undefined) await s.field(`months[${i}].holidayHours`).fill(String(h));
}

/** The loan of the seed's table: working capital 1,200,000 yen over 12 months at 1.4 %. */
async function fillLoan(page) {
  const s = sim(page);
  await s.field('@asOf').fill('2023-06-01');
  await s.part('label', { hasText: '「かごしま子育て応援企業」に登録している' }).click();
  await s.part('label', { hasText: '運転資金' }).click();
  await s.field('amountYen').fill('1200000');
  await s.field('termMonths').fill('12');
  await s.field('baseRatePercent').fill('1.4');
}

// ---- 雇用保険料 ---------------------------------------------------------------------------------

test('雇用保険料: FY2023, general business, a monthly wage of 300,000円 gives 1,800円 + 2,850円 = 4,650円', async () => {
  const { page, context, log } = await openProgram('koyo-hoken');
  const s = sim(page);
  await s.field('@asOf').fill('2023-06-01');
  await s.field('monthlyWageYen').fill('30万');
  // seed: 一般の事業 15.5/1000; RULES.md §3: worker 6/1000, employer 9.5/1000.
  // 300,000 × 6/1000 = 1,800; 300,000 × 9.5/1000 = 2,850; together 4,650.
  await s.part('.figure.is-main dd', { hasText: '1,800円' }).waitFor();
  const figures = await s.part('.figures').textContent();
  assert.match(figures, /労働者負担（給与から控除）1,800円/);
  assert.match(figures, /事業主負担2,850円/);
  assert.match(figures, /合計4,650円/);
  const facts = await s.part('.facts').textContent();
  assert.match(facts, /料率の年度令和5年度/);
  assert.match(facts, /労働者負担の率1,000分の6/);
  assert.match(facts, /事業主負担の率1,000分の9.5/);
  assert.match(facts, /雇用保険率（合計）1,000分の15.5/);
  // The rounding of the worker's share is unconfirmed, and says so.
  assert.match(await s.part('.notices').textContent(), /50銭以下切捨て・50銭超切上げ/);
  await s.part('.steps-box > summary').click();
  assert.match(await s.part('.steps').textContent(), /一般の事業: 労働者負担 6\/1000 \+ 事業主負担 9.5\/1000 = 15.5\/1000/);
  assert.match(await s.part('.ruleset-line').textContent(), /令和5年度の規則/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('雇用保険料: the annual wage bill of 36,123,456円 is truncated to 36,123,000円 and gives 559,906円', async () => {
  const { page, context } = await openProgram('koyo-hoken');
  const s = sim(page);
  await s.field('@asOf').fill('2023-06-01');
  await s.part('label', { hasText: '1年間の賃金総額（年度更新）' }).click();
  assert.equal(await s.field('monthlyWageYen').isVisible(), false);
  await s.field('annualWageBillYen').fill('36123456');
  // 36,123,000 × 15.5/1000 = 559,906.5 → 559,906; worker 36,123,000 × 6/1000 = 216,738; the rest 343,168.
  await s.part('.figure.is-total dd', { hasText: '559,906円' }).waitFor();
  assert.match(await s.part('.figures').textContent(), /労働者負担（見積り）216,738円.*事業主負担343,168円/);
  assert.match(await s.part('.facts').textContent(), /保険料算定基礎額36,123,000円/);
  await context.close();
});

test('雇用保険料: a negative wage shows a Japanese message next to the wage field, and English after the switch', async () => {
  const { page, context } = await openProgram('koyo-hoken');
  const s = sim(page);
  await s.field('monthlyWageYen').fill('-5');
  const error = s.part('[data-field="monthlyWageYen"] .error');
  await error.waitFor({ state: 'visible' });
  assert.match(await error.textContent(), /0円から100,000,000円までの値を入力してください。/);
  assert.equal(await s.field('monthlyWageYen').getAttribute('aria-invalid'), 'true');
  assert.equal(await s.part('.amount').isVisible(), false);
  await switchLanguage(page, 'en');
  assert.match(await error.textContent(), /Please enter a value from 0 yen to 100,000,000 yen\./);
  await context.close();
});

test('雇用保険料: the URL fragment restores the wage bill, the industry and the date', async () => {
  const { page, context } = await openProgram('koyo-hoken');
  const s = sim(page);
  await s.field('@asOf').fill('2023-06-01');
  await s.part('label', { hasText: '建設の事業' }).click();
  await s.part('label', { hasText: '1年間の賃金総額（年度更新）' }).click();
  await s.field('annualWageBillYen').fill('10000000');
  // 10,000,000 × 18.5/1000 = 185,000.
  await s.part('.figure.is-total dd', { hasText: '185,000円' }).waitFor();
  await page.waitForFunction(() => location.hash.includes('annualWageBillYen=10000000'));
  const other = await openPage(env, null);
  await other.page.goto(page.url());
  const t = sim(other.page);
  await t.part('.figure.is-total dd', { hasText: '185,000円' }).waitFor();
  assert.equal(await t.field('annualWageBillYen').inputValue(), '10000000');
  assert.equal(await t.part('[role=tab][aria-selected=true]').getAttribute('data-program'), 'koyo-hoken');
  assert.equal(await t.part('input[type=radio][value=construction]').isChecked(), true);
  await other.context.close();
  await context.close();
});

// ---- 時間外労働の上限規制 ------------------------------------------------------------------------

test('残業の上限: with a special clause, one month of 100 h breaks the below-100-h rule and names that month', async () => {
  const { page, context, log } = await openProgram('overtime-check');
  const s = sim(page);
  await s.field('@asOf').fill('2024-06-01');
  await s.field('specialClause').check();
  // The agreement year starts in April (the default): the third month is June.
  const overtime = [40, 40, 100, 40, 40, 40, 40, 40, 40, 40, 40, 40];
  await fillMonths(page, overtime);
  // Seed: 時間外労働＋休日労働 月100時間未満 → 100 h is not below 100 h. The rest holds: 540 h ≤ 720 h,
  // the highest 2-month average (40 + 100) ÷ 2 = 70 ≤ 80, and one month over 45 h ≤ 6.
  await s.part('.status', { hasText: '上限を守れていない項目があります（1項目）' }).waitFor();
  const broken = s.part('.verdicts li.is-broken');
  assert.equal(await broken.count(), 1);
  assert.equal(await broken.getAttribute('data-rule'), 'monthly_total_limit');
  assert.match(await broken.textContent(), /時間外労働＋休日労働 月100時間未満/);
  assert.match(await broken.textContent(), /超えたところ: 6月（3か月目）100時間/);
  assert.equal(await s.part('.verdicts li.is-passed').count(), 3);
  assert.match(await s.part('.facts').textContent(), /時間外労働の年間合計540時間/);

  // The chart: twelve bars, the third one marked, the caps 45 h, 100 h and the 80 h average drawn.
  const chart = s.part('svg.chart-svg');
  assert.equal(await s.part('svg.chart-svg g.bar').count(), 12);
  assert.equal(await s.part('svg.chart-svg g.bar.is-over').count(), 1);
  assert.equal(await s.part('svg.chart-svg line.cap').count(), 3);
  for (const cls of ['cap-45', 'cap-100', 'cap-80']) assert.equal(await s.part(`svg.chart-svg line.${cls}`).count(), 1, cls);
  // Its text alternative names the highest month and the month over a cap.
  assert.equal(await chart.getAttribute('role'), 'img');
  const label = await chart.getAttribute('aria-label');
  assert.match(label, /最も多いのは6月の100時間/);
  assert.match(label, /上限を超えた月: 6月/);
  // No style attribute anywhere in the element (CSP style-src 'self').
  const styled = await page.evaluate(() => document.querySelector('joseikin-simulator').shadowRoot.querySelectorAll('[style]').length);
  assert.equal(styled, 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('残業の上限: the bars are as tall as the hours, and the 100-h line sits at 100 h', async () => {
  const { page, context } = await openProgram('overtime-check');
  const s = sim(page);
  await s.field('@asOf').fill('2024-06-01');
  await s.field('specialClause').check();
  await fillMonths(page, [50, 50, 50, 50, 50, 50, 20, 20, 20, 20, 20, 20]);
  await s.part('svg.chart-svg').waitFor();
  const geometry = await page.evaluate(() => {
    const root = document.querySelector('joseikin-simulator').shadowRoot;
    const bars = [...root.querySelectorAll('svg.chart-svg .bar-overtime')].map((r) => Number(r.getAttribute('height')));
    const base = Number(root.querySelector('svg.chart-svg line.axis').getAttribute('y1'));
    const cap100 = Number(root.querySelector('svg.chart-svg line.cap-100').getAttribute('y1'));
    return { bars, base, cap100 };
  });
  // A 50-h bar is two and a half times a 20-h bar; the 100-h line is twice a 50-h bar above the axis.
  assert.ok(Math.abs(geometry.bars[0] / geometry.bars[11] - 2.5) < 0.02, JSON.stringify(geometry));
  assert.ok(Math.abs((geometry.base - geometry.cap100) / geometry.bars[0] - 2) < 0.02, JSON.stringify(geometry));
  await context.close();
});

test('残業の上限: drivers with a special clause from 2024-04-01 are checked on 960 h a year, with no 100-h or 80-h line', async () => {
  const { page, context } = await openProgram('overtime-check');
  const s = sim(page);
  await s.field('@asOf').fill('2024-06-01');
  await s.field('category').selectOption('driver');
  await s.field('specialClause').check();
  await fillMonths(page, [120, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80]);
  // 120 + 11 × 80 = 1,000 h > 960 h (MHLW's guidance; the 100 h and 80 h rules do not apply to drivers).
  await s.part('.status', { hasText: '（1項目）' }).waitFor();
  assert.match(await s.part('.verdicts li.is-broken').textContent(), /年960時間以内.*年間合計 1,000時間/);
  assert.equal(await s.part('svg.chart-svg line.cap-100').count(), 0);
  assert.equal(await s.part('svg.chart-svg line.cap-80').count(), 0);
  assert.equal(await s.part('svg.chart-svg line.cap').count(), 0);
  await context.close();
});

test('残業の上限: an impossible month shows a Japanese message in its own cell of the grid', async () => {
  const { page, context } = await openProgram('overtime-check');
  const s = sim(page);
  await s.field('months[4].overtimeHours').fill('800');
  const error = s.part('[data-field="months[4].overtimeHours"] .error');
  await error.waitFor({ state: 'visible' });
  assert.match(await error.textContent(), /0時間から744時間までの値を入力してください。/);
  assert.equal(await s.field('months[4].overtimeHours').getAttribute('aria-invalid'), 'true');
  assert.equal(await s.part('[data-field="months[3].overtimeHours"] .error').isVisible(), false);
  // The months not yet entered are listed by name, not as errors.
  assert.equal(await s.part('.error:visible').count(), 1);
  // “Set the empty months to 0 hours” fills the rest; the wrong cell stays as typed.
  await s.part('button.fill-zero').click();
  assert.equal(await s.field('months[0].overtimeHours').inputValue(), '0');
  assert.equal(await s.field('months[4].overtimeHours').inputValue(), '800');
  await context.close();
});

test('残業の上限: the URL fragment restores the twelve months, the clause and the first month of the year', async () => {
  const { page, context } = await openProgram('overtime-check');
  const s = sim(page);
  await s.field('@asOf').fill('2024-06-01');
  await s.field('_startMonth').selectOption('1');
  await fillMonths(page, [10, 20, 30, 40, 50, 60, 10, 10, 10, 10, 10, 10], [undefined, 5]);
  // Without a clause, 45 h a month: May (50 h) and June (60 h) break it, named by the calendar.
  await s.part('.verdicts li.is-broken[data-rule="monthly_limit"]').waitFor();
  assert.match(await s.part('.verdicts li.is-broken[data-rule="monthly_limit"]').textContent(), /5月（5か月目）50時間、6月（6か月目）60時間/);
  // Wait for the fragment to hold every month typed (it is rewritten as each field changes).
  await page.waitForFunction(() => {
    const hash = decodeURIComponent(location.hash);
    return hash.includes('months.overtimeHours=10,20,30,40,50,60,10,10,10,10,10,10') && /months\.holidayHours=[^&]*5/.test(hash);
  });
  const params = new URLSearchParams(new URL(page.url()).hash.slice(1));
  assert.equal(params.get('months.overtimeHours'), '10,20,30,40,50,60,10,10,10,10,10,10');
  const other = await openPage(env, null);
  await other.page.goto(page.url());
  const t = sim(other.page);
  await t.part('.verdicts li.is-broken[data-rule="monthly_limit"]').waitFor();
  assert.equal(await t.field('months[1].holidayHours').inputValue(), '5');
  assert.equal(await t.field('_startMonth').inputValue(), '1');
  assert.equal((await t.part('.grid-table tbody tr:first-child th').textContent()).trim(), '1月');
  await other.context.close();
  await context.close();
});

// ---- かごしま「働き方改革」推進企業 ------------------------------------------------------------------

test('認定要件: everything but the イクボス declaration is met → not met, and the declaration is named as missing', async () => {
  const { page, context, log } = await openProgram('kagoshima-nintei');
  const s = sim(page);
  await s.field('@asOf').fill('2023-06-01');
  await s.field('kosodateOuenRegistered').check();
  await s.field('awarenessActivities').check();
  await s.field('longHoursMeasures').check();
  await s.field('allStaffMonthlyOvertimeHours').fill('8');
  await s.field('workStyleItems.leave_promotion').check();
  await s.field('initiatives.women').check();
  await s.field('initiatives.older_workers').check();
  await s.part('.status', { hasText: '足りない要件があります（1つ）' }).waitFor();
  const missing = s.part('.missing-list li');
  assert.equal(await missing.count(), 1);
  assert.equal(await missing.getAttribute('data-code'), 'ikuboss_declaration');
  assert.match(await missing.textContent(), /代表者の「イクボス」宣言/);
  // Ticking it meets every criterion.
  await s.field('ikubossDeclared').check();
  await s.part('.status', { hasText: '認定要件をすべて満たしています' }).waitFor();
  assert.equal(await s.part('.missing-list').count(), 0);
  assert.match(await s.part('.disclaimer').textContent(), /県の審査で決まります/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('認定要件: one initiative short says one more is needed and lists the eight left to choose', async () => {
  const { page, context } = await openProgram('kagoshima-nintei');
  const s = sim(page);
  await s.part('.tools button', { hasText: '要件を満たす例' }).click();
  await s.part('.status', { hasText: 'すべて満たしています' }).waitFor();
  await s.field('initiatives.older_workers').uncheck();
  const item = s.part('.missing-list li[data-code="initiatives_two_or_more"]');
  await item.waitFor();
  assert.match(await item.textContent(), /あと1つ選ぶ必要があります/);
  const options = (await item.locator('.why').textContent()).split('、');
  assert.equal(options.length, 8);
  assert.ok(options.some((o) => o.includes('高齢者（65歳以上）の活躍推進')));
  await context.close();
});

test('認定要件: a wrong overtime average shows a Japanese message next to its field', async () => {
  const { page, context } = await openProgram('kagoshima-nintei');
  const s = sim(page);
  await s.field('regularStaffMonthlyOvertimeHours').fill('abc');
  const error = s.part('[data-field="regularStaffMonthlyOvertimeHours"] .error');
  await error.waitFor({ state: 'visible' });
  assert.match(await error.textContent(), /数字で入力してください/);
  await context.close();
});

test('認定要件: the URL fragment restores the ticked boxes and the averages', async () => {
  const { page, context } = await openProgram('kagoshima-nintei');
  const s = sim(page);
  await s.part('.tools button', { hasText: '要件を満たす例' }).click();
  await s.part('.status', { hasText: 'すべて満たしています' }).waitFor();
  await page.waitForFunction(() => location.hash.includes('initiatives=women%2Colder_workers'));
  const other = await openPage(env, null);
  await other.page.goto(page.url());
  const t = sim(other.page);
  await t.part('.status', { hasText: 'すべて満たしています' }).waitFor();
  assert.equal(await t.field('initiatives.women').isChecked(), true);
  assert.equal(await t.field('initiatives.childcare').isChecked(), false);
  assert.equal(await t.field('allStaffMonthlyOvertimeHours').inputValue(), '8');
  await other.context.close();
  await context.close();
});

// ---- かごしま子育て応援企業ローン ---------------------------------------------------------------------

test('ローン: 1,200,000円 over 12 months at a base rate of 1.4 % → 1.2 %, interest 7,800円 (equal principal) and 7,807円 (equal payments)', async () => {
  const { page, context, log } = await openProgram('kosodate-loan');
  const s = sim(page);
  await fillLoan(page);
  // seed: 所定の利率から0.2%優遇 → 1.2 %. Equal principal: 100,000 a month, interest 1,200 + 1,100 + … +
  // 100 = 7,800. Equal payments: 1,200,000 × r(1+r)^12 / ((1+r)^12 − 1) with r = 0.001 → 100,651
  // (truncated), and the interest of the twelve months, each truncated to the yen, sums to 7,807.
  await s.part('.amount', { hasText: '年1.2％' }).waitFor();
  assert.match(await s.part('.status').textContent(), /融資の条件.*に合っています/);
  const principal = s.part('.card-equalPrincipal');
  assert.match(await principal.textContent(), /利息の合計7,800円/);
  assert.match(await principal.textContent(), /返済額（初回〜最終回）101,200円 〜 100,100円/);
  const payment = s.part('.card-equalPayment');
  assert.match(await payment.textContent(), /利息の合計7,807円/);
  assert.match(await payment.textContent(), /毎月の返済額100,651円/);
  assert.match(await payment.textContent(), /返済総額1,207,807円/);
  // The lender's review decides, said plainly with the answer.
  assert.equal(await s.part('.review-note').isVisible(), true);
  assert.match(await s.part('.review-note').textContent(), /商工中金の所定の審査で決まります/);
  // The schedule opens as a table of twelve months whose principal sums to the amount.
  await s.part('[data-fold="schedule-equal-payment"] > summary').click();
  const rows = s.part('[data-fold="schedule-equal-payment"] tbody tr');
  await rows.nth(11).waitFor();
  assert.equal(await rows.count(), 12);
  const principalSum = await page.evaluate(() => {
    const root = document.querySelector('joseikin-simulator').shadowRoot;
    return [...root.querySelectorAll('[data-fold="schedule-equal-payment"] tbody tr')]
      .reduce((sum, tr) => sum + Number(tr.children[2].textContent.replace(/,/g, '')), 0);
  });
  assert.equal(principalSum, 1200000);
  // It stays open while the figures change.
  await s.field('baseRatePercent').fill('1.6');
  await s.part('.amount', { hasText: '年1.4％' }).waitFor();
  assert.equal(await s.part('[data-fold="schedule-equal-payment"]').evaluate((d) => d.open), true);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('ローン: the headline is the monthly repayment (元利均等), with 元金均等\'s first payment beside it', async () => {
  const { page, context } = await openProgram('kosodate-loan');
  const s = sim(page);
  await fillLoan(page);
  await s.part('.amount .yen', { hasText: '毎月 100,651円' }).waitFor();
  const headline = await s.part('.amount').textContent();
  assert.match(headline, /毎月の返済額（元利均等返済）/);
  assert.match(headline, /元金均等返済なら初回 101,200円/);
  assert.doesNotMatch(await s.part('.amount .yen').textContent(), /利息|返済総額/);
  await context.close();
});

test('ローン: 「わからない」 sends "unknown" and shows the monthly repayment as a range, marked, with the notice', async () => {
  const { page, context, log } = await openProgram('kosodate-loan');
  const s = sim(page);
  await fillLoan(page);
  await s.field('baseRatePercent').fill('');
  await s.field('_baseRateUnknown').check();
  await s.part('.amount', { hasText: '毎月 100,433円〜101,523円（利率が年0.8%〜2.8%の場合）' }).waitFor();
  assert.match(await s.part('.amount .assumed-mark').textContent(), /仮の利率による幅/);
  const r = await result(page);
  assert.deepEqual([r.rateRange.low.appliedRatePercent, r.rateRange.high.appliedRatePercent], [0.8, 2.8]);
  assert.equal(await page.evaluate(() => document.querySelector('joseikin-simulator').request.input.baseRatePercent), 'unknown');
  assert.ok(r.notices.some((n) => n.code === 'rate_assumed'));
  await s.part('[data-code="rate_assumed"]', { hasText: '長期プライムレートは金融機関が公表' }).first().waitFor();
  // The hints say where the numbers come from.
  assert.match(await s.part('[data-field="baseRatePercent"]').textContent(), /鹿児島支店/);
  await page.screenshot({ path: join(SCREENSHOTS, 'loan-rate-unknown.png'), fullPage: true });
  // In English too.
  await switchLanguage(page, 'en');
  await s.part('.amount .yen', { hasText: '100,433 yen to 101,523 yen a month' }).waitFor();
  assert.match(await s.part('.amount .range-at').textContent(), /at a rate of 0\.8 % to 2\.8 % a year/);
  // No Japanese left in English: the phone's bar and the live region say "to".
  assert.doesNotMatch(await s.part('.mobile-bar').textContent(), /[\u3000-\u30ff\u4e00-\u9fff]/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('ローン: a grace period as long as the term shows a Japanese message next to the grace field', async () => {
  const { page, context } = await openProgram('kosodate-loan');
  const s = sim(page);
  await fillLoan(page);
  await s.field('graceMonths').fill('12');
  const error = s.part('[data-field="graceMonths"] .error');
  await error.waitFor({ state: 'visible' });
  assert.match(await error.textContent(), /据置期間は貸付期間より短くしてください/);
  assert.equal(await s.field('graceMonths').getAttribute('aria-invalid'), 'true');
  await context.close();
});

test('ローン: equipment over 60 months asks for the long-term prime rate and is floored at it', async () => {
  const { page, context } = await openProgram('kosodate-loan');
  const s = sim(page);
  await fillLoan(page);
  await s.part('label', { hasText: '設備資金' }).click();
  assert.equal(await s.field('longTermPrimeRatePercent').isVisible(), false);
  await s.field('termMonths').fill('84');
  assert.match(await s.part('[data-field="termMonths"] .echo').textContent(), /＝ 7年/);
  await s.field('longTermPrimeRatePercent').waitFor();
  await s.field('baseRatePercent').fill('1.0');
  await s.field('longTermPrimeRatePercent').fill('1.1');
  // 1.0 − 0.2 = 0.8 < 1.1: the floor applies (seed 期間5年超は、長期プライムレートを下限とする).
  await s.part('.amount', { hasText: '年1.1％' }).waitFor();
  assert.match(await s.part('.facts').textContent(), /長期プライムレートの下限適用/);
  await context.close();
});

test('ローン: a limit exceeded is shown as outside the terms, with the limit', async () => {
  const { page, context } = await openProgram('kosodate-loan');
  const s = sim(page);
  await fillLoan(page);
  await s.field('amountYen').fill('50000001');
  await s.part('.status', { hasText: '融資の条件に合わない項目があります（1項目）' }).waitFor();
  assert.match(await s.part('.verdicts li.is-broken').textContent(), /運転資金の金額 50,000,001円 > 上限 5,000万円/);
  await context.close();
});

test('ローン: the URL fragment restores the borrower, the terms and the rate', async () => {
  const { page, context } = await openProgram('kosodate-loan');
  const s = sim(page);
  await fillLoan(page);
  await s.part('.amount', { hasText: '年1.2％' }).waitFor();
  await page.waitForFunction(() => location.hash.includes('baseRatePercent=1.4'));
  const other = await openPage(env, null);
  await other.page.goto(page.url());
  const t = sim(other.page);
  await t.part('.amount', { hasText: '年1.2％' }).waitFor();
  assert.equal(await t.field('amountYen').inputValue(), '1200000');
  assert.match(await t.part('.card-equalPayment').textContent(), /7,807円/);
  await other.context.close();
  await context.close();
});

test('ローン: a 120-month schedule scrolls inside its own box on a 375-px phone', async () => {
  const hash = '#program=kosodate-loan&asOf=2023-06-01&qualification=registered&purpose=equipment'
    + '&amountYen=100000000&termMonths=120&graceMonths=24&baseRatePercent=1.5&longTermPrimeRatePercent=1.1';
  const { page, context } = await openPage(env, hash, { width: 375, height: 812 });
  const s = sim(page);
  await s.part('.amount', { hasText: '年1.3％' }).waitFor();
  await s.part('[data-fold="schedule-equal-principal"] > summary').click();
  await s.part('[data-fold="schedule-equal-payment"] > summary').click();
  await s.part('[data-fold="schedule-equal-payment"] tbody tr').nth(119).waitFor();
  assert.equal(await s.part('[data-fold="schedule-equal-payment"] tbody tr').count(), 120);
  const box = await s.part('[data-fold="schedule-equal-payment"] .table-scroll').evaluate((n) => ({
    scrolls: n.scrollHeight > n.clientHeight, tabindex: n.getAttribute('tabindex'), width: n.getBoundingClientRect().width,
  }));
  assert.equal(box.scrolls, true);
  assert.equal(box.tabindex, '0');
  assert.ok(box.width <= 375);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await s.part('[data-fold="schedule-equal-payment"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'loan-375-schedule.png') });
  assert.ok(width <= 375, `scrollWidth ${width}px`);
  await context.close();
});

// ---- All four: the element's contract, accessibility and layout -------------------------------------

/** Each calculator filled so that its answer shows, through its example button. */
const FILLED = {
  'koyo-hoken': { example: '月給30万円の例', exampleEn: '300,000-yen', ready: '.figures' },
  'overtime-check': { example: '100時間の例', exampleEn: '100-hour month', ready: 'svg.chart-svg' },
  'kagoshima-nintei': { example: '要件を満たす例', exampleEn: 'meets the criteria', ready: '.verdicts' },
  'kosodate-loan': { example: '120万円の例', exampleEn: '1,200,000-yen', ready: '.cards' },
};

async function fillExample(page, id, lang) {
  const s = sim(page);
  await s.part(`[role=tab][data-program="${id}"]`).click();
  await s.part('.tools button', { hasText: lang === 'ja' ? FILLED[id].example : FILLED[id].exampleEn }).click();
  await s.part(FILLED[id].ready).waitFor();
}

async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => JSON.stringify(n.target)).join('\n    ')}`);
}

for (const lang of ['ja', 'en']) {
  test(`axe-core reports zero violations on the four calculators with their answers open (${lang})`, async () => {
    const { page, context } = await openPage(env, '', { bypassCSP: true });
    await switchLanguage(page, lang);
    for (const id of Object.keys(FILLED)) {
      await fillExample(page, id, lang);
      await sim(page).part('.steps-box > summary').click();
      for (const fold of await sim(page).part('details.fold > summary').all()) await fold.click();
      assert.deepEqual(await axe(page), [], id);
    }
    await context.close();
  });

  test(`a 375-px phone shows the four calculators with no horizontal scrolling (${lang})`, async () => {
    const { page, context } = await openPage(env, '', { width: 375, height: 812 });
    await switchLanguage(page, lang);
    for (const id of Object.keys(FILLED)) {
      await fillExample(page, id, lang);
      await sim(page).part('.steps-box > summary').click();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(SCREENSHOTS, `index-375-${lang}-${id}.png`), fullPage: true });
      assert.ok(width <= 375, `${id}: scrollWidth ${width}px`);
    }
    // All seven tabs (the screen's and the six programs') are on screen, none wider than the page.
    const tabs = await page.evaluate(() => [...document.querySelector('joseikin-simulator').shadowRoot.querySelectorAll('[role=tab]')]
      .map((t) => t.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
    assert.equal(tabs.length, 7);
    assert.ok(tabs.every((r) => r.left >= 0 && r.right <= 375), JSON.stringify(tabs));
    await context.close();
  });
}

test('the program attribute takes the new ids and joseikin-result carries their answers', async () => {
  const { page, context, log } = await openPage(env, 'embed-demo.html');
  const got = page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('joseikin-result', (e) => {
      if (e.target.id === 'loan' && e.detail.result.ok) resolve(e.detail);
    });
  }));
  await page.evaluate(() => {
    const el = document.createElement('joseikin-simulator');
    el.id = 'loan';
    el.setAttribute('program', 'kosodate-loan');
    el.setAttribute('lock-program', '');
    el.setAttribute('as-of', '2023-06-01');
    document.querySelector('main').append(el);
  });
  const loan = (css, options) => page.locator(`#loan ${css}`, options);
  await loan('h2.title').waitFor();
  assert.equal(await loan('h2.title').textContent(), 'かごしま子育て応援企業ローンの返済試算');
  await loan('.tools button', { hasText: '120万円の例' }).click();
  const detail = await got;
  assert.equal(detail.program, 'kosodate-loan');
  assert.equal(detail.result.appliedRatePercent, 1.2);
  assert.equal(detail.result.equalPayment.totalInterestYen, 7807);
  // The example's figures never reach the portal's form; the client's own do: the loan amount, and
  // no subsidy amount.
  assert.equal(detail.example, true);
  assert.equal(await page.locator('#c-loan').inputValue(), '');
  await loan('[name="amountYen"]').fill('1500000');
  await page.waitForFunction(() => document.getElementById('c-loan').value === '1,500,000');
  assert.equal(await page.locator('#c-program').inputValue(), 'かごしま子育て応援企業ローン');
  assert.equal(await page.locator('#c-amount').inputValue(), '');
  // Setting the attribute switches the program.
  await page.evaluate(() => document.getElementById('loan').setAttribute('program', 'overtime-check'));
  await loan('h2.title', { hasText: '時間外労働の上限規制チェック' }).waitFor();
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the print view of the overtime check has the inputs, the verdicts, the chart and the sources on two pages at most', async () => {
  const { page, context } = await openPage(env);
  await fillExample(page, 'overtime-check', 'ja');
  await page.emulateMedia({ media: 'print' });
  const s = sim(page);
  assert.equal(await s.part('.form').isVisible(), false);
  assert.match(await s.part('.print-inputs').textContent(), /6月時間外労働 100時間/);
  assert.equal(await s.part('svg.chart-svg').isVisible(), true);
  assert.equal(await s.part('.verdicts').isVisible(), true);
  const pdf = await page.pdf({ path: join(SCREENSHOTS, 'print-overtime-ja.pdf'), format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages <= 2, `the print view takes ${pages} pages`);
  await context.close();
});
