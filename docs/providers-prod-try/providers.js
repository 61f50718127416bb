// An admin on an empty hotline adds a provider, a worker and the worker's weekly shifts; screenshots each step.
const { chromium } = require('playwright-core');
(async () => {
  const [base, user, pass, prefix] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  await page.goto(base + '/login');
  await page.fill('input[name=username]', user);
  await page.fill('input[name=password]', pass);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  await page.goto(base + '/console/providers');
  await page.screenshot({ path: `${prefix}-0-empty.png`, fullPage: true });
  await Promise.all([page.waitForNavigation(), page.click('#new-provider')]);
  await page.fill('#name', '银铃家政服务社');
  await page.fill('#contactPerson', '张经理');
  await page.fill('#phone', '13905551234');
  await page.fill('#contractNumber', 'YS-2026-007');
  await page.fill('#contractStart', '2026-01-01');
  await page.check('input[name=category][value=HOUSEKEEPING]');
  await page.check('input[name=category][value=LIFE_CARE]');
  await page.fill('#communities', '采石社区、雨山社区');
  await page.screenshot({ path: `${prefix}-1-provider-form.png`, fullPage: true });
  await Promise.all([page.waitForNavigation(), page.click('#save-provider')]);
  await page.screenshot({ path: `${prefix}-2-provider.png`, fullPage: true });
  await Promise.all([page.waitForNavigation(), page.click('#new-worker')]);
  await page.fill('#workerNumber', '12');
  await page.fill('#fullName', '孙丽');
  await page.fill('#phone', '13905559876');
  await page.check('input[name=category][value=HOUSEKEEPING]');
  await Promise.all([page.waitForNavigation(), page.click('#save-worker')]);
  await page.screenshot({ path: `${prefix}-3-worker-refused.png`, fullPage: true });
  await page.fill('#workerNumber', '1201');
  await Promise.all([page.waitForNavigation(), page.click('#save-worker')]);
  for (let d = 1; d <= 7; d++) {
    for (const [s, e] of [['08:00', '12:00'], ['13:30', '17:30']]) {
      await page.selectOption('#day', String(d));
      await page.fill('#start', s);
      await page.fill('#end', e);
      await Promise.all([page.waitForNavigation(), page.click('#add-shift button[type=submit]')]);
    }
  }
  await page.screenshot({ path: `${prefix}-4-worker-shifts.png`, fullPage: true });
  console.log(page.url());
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
