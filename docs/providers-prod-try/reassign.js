// The admin adds a second worker, puts the first on leave on the booked day, and re-assigns the stranded visit.
const { chromium } = require('playwright-core');
(async () => {
  const [base, user, pass, prefix, day] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  await page.goto(base + '/login');
  await page.fill('input[name=username]', user);
  await page.fill('input[name=password]', pass);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  await page.goto(base + '/console/supervisor/workers/new?providerId=1');
  await page.fill('#workerNumber', '1202');
  await page.fill('#fullName', '赵敏');
  await page.check('input[name=category][value=HOUSEKEEPING]');
  await Promise.all([page.waitForNavigation(), page.click('#save-worker')]);
  for (let d = 1; d <= 7; d++) {
    await page.selectOption('#day', String(d));
    await page.fill('#start', '13:00');
    await page.fill('#end', '18:00');
    await Promise.all([page.waitForNavigation(), page.click('#add-shift button[type=submit]')]);
  }
  await page.goto(base + '/console/workers/1');
  await page.selectOption('#kind', 'SICK');
  await page.fill('#firstDay', day);
  await page.fill('#lastDay', day);
  await page.fill('#reason', '发烧');
  await Promise.all([page.waitForNavigation(), page.click('#add-absence button[type=submit]')]);
  await page.screenshot({ path: `${prefix}-0-stranded.png`, fullPage: true });
  await Promise.all([page.waitForNavigation(), page.click('#visits button[type=submit]')]);
  await page.screenshot({ path: `${prefix}-1-reassigned.png`, fullPage: true });
  await page.goto(base + '/console/providers');
  await page.screenshot({ path: `${prefix}-2-providers.png`, fullPage: true });
  await page.goto(base + '/console/supervisor/audit');
  await page.screenshot({ path: `${prefix}-3-audit.png`, fullPage: true });
  console.log(page.url());
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
