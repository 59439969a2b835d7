import { expect, test } from './fixtures/test.ts';
import { GalleryPage } from './fixtures/GalleryPage.ts';
import { SharePage } from './fixtures/SharePage.ts';
import { stepTitles, type WizardPage } from './fixtures/WizardPage.ts';
import { capture } from './fixtures/capture.ts';

const widths = [1280, 390] as const;
const schemes = ['light', 'dark'] as const;

/** Waits until the shown step and its parts have loaded, so that a capture shows them and not their placeholders. */
async function expectSettled(wizard: WizardPage): Promise<void> {
  await expect(wizard.stepHeading).toBeVisible();
  await expect(wizard.page.getByText('Loading this step…')).toHaveCount(0);
  await expect(wizard.page.getByRole('progressbar')).toHaveCount(0);
}

async function expectNoHorizontalOverflow(wizard: WizardPage): Promise<void> {
  const { scrollWidth, innerWidth } = await wizard.page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, 'page wider than the window').toBeLessThanOrEqual(innerWidth);
}

for (const colorScheme of schemes) {
  for (const width of widths) {
    test.describe(`screenshots, ${colorScheme}, ${width} px`, () => {
      test.use({ colorScheme, viewport: { width, height: 900 } });
      // Eight full-page screenshots and the review's highlighted files take a while on a busy machine.
      test.describe.configure({ timeout: 120_000 });

      test('every step', async ({ wizard }) => {
        for (const [index, title] of stepTitles.entries()) {
          if (index > 0) await wizard.next(title);
          await expectSettled(wizard);
          if (width === 390) await expectNoHorizontalOverflow(wizard);
          await capture(wizard.page, `step-${index + 1}-${colorScheme}-${width}`);
        }
      });

      test('the new plan dialog, with what it asks for', async ({ wizard }) => {
        await wizard.newPlanButton.click();
        await wizard.newPlanDialog.getByRole('button', { name: 'Create plan' }).click();
        await expect(wizard.newPlanDialog.getByText('Enter the name of your workspace.')).toBeVisible();
        if (width === 390) await expectNoHorizontalOverflow(wizard);
        await capture(wizard.page, `new-plan-${colorScheme}-${width}`);
      });

      test('the examples and share dialogs, and their notices', async ({ wizard }) => {
        const gallery = new GalleryPage(wizard.page);
        await gallery.open();
        if (width === 390) await expectNoHorizontalOverflow(wizard);
        await capture(wizard.page, `examples-${colorScheme}-${width}`);
        await gallery.close();
        const share = new SharePage(wizard.page);
        await share.share();
        await capture(wizard.page, `share-${colorScheme}-${width}`);
        await share.close();

        await gallery.open();
        await gallery.load('Subnet too small');
        await wizard.expectStep('Subnet');
        await expect(wizard.page.getByText(/^Loaded the example/)).toBeVisible();
        await expectSettled(wizard);
        if (width === 390) await expectNoHorizontalOverflow(wizard);
        await capture(wizard.page, `example-loaded-${colorScheme}-${width}`);

        await gallery.open();
        await gallery.load('Hub and spoke: endpoint and DNS zones in the hub');
        await wizard.expectStep('Isolation & workspace');
        // A list-wide finding and a row being typed: the widest the endpoint lists get.
        await wizard.page.getByRole('button', { name: 'Remove zone 2' }).click();
        await wizard.page.getByRole('button', { name: 'Add an endpoint' }).click();
        await wizard.fill(wizard.textbox('Endpoint 1 resource id'), 'contoso-kv');
        await expect(wizard.page.getByText(/must be linked to the compute VNet/).first()).toBeVisible();
        await expectNoHorizontalOverflow(wizard);
        await capture(wizard.page, `dns-zones-${colorScheme}-${width}`);

        await wizard.page.goto('/#plan=v1.AAAA');
        await expect(share.notice('The shared link could not be opened')).toBeVisible();
        if (width === 390) await expectNoHorizontalOverflow(wizard);
        await capture(wizard.page, `link-rejected-${colorScheme}-${width}`);
      });
    });
  }
}
