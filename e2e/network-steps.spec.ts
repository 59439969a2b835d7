import { expect, test } from './fixtures/test.ts';
import type { Page } from '@playwright/test';
import { NetworkStepsPage } from './fixtures/NetworkStepsPage.ts';

/** The VNet's region box: it suggests the known regions (an input with a list), so ARIA calls it a combobox. */
const regionBox = (page: Page) => page.getByRole('combobox', { name: 'Region', exact: true });

test.describe('Virtual network step', () => {
  test('edits land in the exported plan, and another region is explained', async ({ wizard }) => {
    const { page } = wizard;
    const net = new NetworkStepsPage(page);
    await net.openVnet();
    await net.wizard.radio('Create a new virtual network').check();
    await net.fill(net.textbox('Virtual network name'), 'research-vnet');
    await net.fill(net.textbox('Resource group'), 'research-rg');
    await net.fill(net.textbox('Subscription id'), '99999999-8888-7777-6666-555555555555');

    await net.fill(regionBox(page), 'westeurope');
    const notice = page.getByText(/The virtual network is in westeurope but the workspace is in eastus2/);
    await expect(notice).toBeVisible();
    await net.button('Use eastus2').click();
    await expect(regionBox(page)).toHaveValue('eastus2');
    await expect(regionBox(page)).toBeFocused();
    await expect(notice).toBeHidden();

    const { network } = await net.exportedPlan();
    expect(network?.vnet).toMatchObject({
      mode: 'new',
      name: 'research-vnet',
      resourceGroup: 'research-rg',
      region: 'eastus2',
      subscriptionId: '99999999-8888-7777-6666-555555555555',
    });

    await net.fill(net.textbox('Subscription id'), '');
    expect((await net.exportedPlan()).network?.vnet.subscriptionId).toBeUndefined();
    await wizard.next('Subnet');
  });

  test('address space rows are added and removed, and a bad prefix is explained', async ({ wizard }) => {
    const { page } = wizard;
    const net = new NetworkStepsPage(page);
    await net.openVnet();
    await expect(net.button('Remove address space 1')).toHaveCount(0);

    await net.button('Add address space').click();
    await expect(net.textbox('Address space 2')).toBeFocused();
    await net.fill(net.textbox('Address space 2'), '10.1.0.0/16');
    expect((await net.exportedPlan()).network?.vnet.addressSpace).toEqual(['10.0.0.0/16', '10.1.0.0/16']);

    await net.button('Remove address space 1').click();
    await expect(net.textbox('Address space 1')).toHaveValue('10.1.0.0/16');
    await expect(net.textbox('Address space 2')).toHaveCount(0);
    expect((await net.exportedPlan()).network?.vnet.addressSpace).toEqual(['10.1.0.0/16']);

    const box = net.textbox('Address space 1');
    await net.fill(box, '10.1.0.5/16');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveAccessibleDescription(
      /host bits set; Azure rejects it\. Did you mean 10\.1\.0\.0\/16\?/,
    );
    // An invalid step is not committed: the plan keeps the last valid address space.
    expect((await net.exportedPlan()).network?.vnet.addressSpace).toEqual(['10.1.0.0/16']);
  });

  test('lists are edited with the keyboard alone', async ({ wizard }) => {
    const { page } = wizard;
    const net = new NetworkStepsPage(page);
    await net.openVnet();
    await net.button('Add DNS server').focus();
    await page.keyboard.press('Enter');
    await expect(net.textbox('DNS server 1')).toBeFocused();
    await page.keyboard.type('10.0.0.4');
    await page.keyboard.press('Tab');
    await expect(net.button('Remove DNS server 1')).toBeFocused();
    expect((await net.exportedPlan()).network?.vnet.dnsServers).toEqual(['10.0.0.4']);

    await net.button('Remove DNS server 1').focus();
    await page.keyboard.press('Enter');
    await expect(net.button('Add DNS server')).toBeFocused();
    await expect(page.getByText('None listed: the VNet uses Azure-provided DNS.')).toBeVisible();

    await net.button('Add subnet').focus();
    await page.keyboard.press('Space');
    await expect(net.textbox('Subnet 2 name')).toBeFocused();
    await page.keyboard.type('data');
    await page.keyboard.press('Tab');
    await expect(net.textbox('Subnet 2 address prefix')).toBeFocused();
    await page.keyboard.type('10.0.5.0/24');
    await page.keyboard.press('Tab');
    await expect(net.button('Remove subnet 2')).toBeFocused();
    const { network } = await net.exportedPlan();
    expect(network?.vnet.dnsServers).toEqual([]);
    expect(network?.vnet.otherSubnets).toEqual([
      { name: 'default', addressPrefix: '10.0.0.0/24' },
      { name: 'data', addressPrefix: '10.0.5.0/24' },
    ]);
  });
});

test.describe('Subnet step', () => {
  test('the capacity meter follows the prefix and offers a range that fits', async ({ wizard }) => {
    const { page } = wizard;
    const net = new NetworkStepsPage(page);
    await net.openSubnet();
    await expect(net.capacityMeter).toHaveAttribute(
      'aria-valuetext',
      '4 of 251 usable addresses needed: fits',
    );

    await net.fill(net.textbox('Address prefix'), '10.0.1.0/29');
    await expect(net.capacityMeter).toHaveAttribute(
      'aria-valuetext',
      '4 of 3 usable addresses needed: too small',
    );
    await expect(
      page.getByText(/Too small: the compute needs 4 addresses but only 3 are usable/),
    ).toBeVisible();
    await expect(page.getByText(/A \/29 holds 8 addresses\. Azure keeps 5 in every subnet/)).toBeVisible();

    await net.button('Use 10.0.1.0/28').click();
    await expect(net.textbox('Address prefix')).toHaveValue('10.0.1.0/28');
    await expect(net.textbox('Address prefix')).toBeFocused();
    await expect(net.capacityMeter).toHaveAttribute(
      'aria-valuetext',
      '4 of 11 usable addresses needed: fits',
    );

    await net.fill(net.textbox('Address prefix'), '10.0.0.0/24');
    await expect(
      page.getByText(/10\.0\.0\.0\/24 overlaps the subnet "default" \(10\.0\.0\.0\/24\)/),
    ).toBeVisible();
    await net.button('Use 10.0.1.0/24').click();
    expect((await net.exportedPlan()).network?.subnet?.addressPrefix).toBe('10.0.1.0/24');
  });

  test('a /28 is too small for a 12-node cluster, with the numbers shown', async ({ wizard }) => {
    const { page } = wizard;
    const net = new NetworkStepsPage(page);
    await wizard.next('Compute');
    await wizard.fill(wizard.numberBox('Maximum nodes'), '12');
    await wizard.next('Virtual network');
    await wizard.next('Subnet');
    await net.fill(net.textbox('Address prefix'), '10.0.1.0/28');
    await expect(net.capacityMeter).toHaveAttribute(
      'aria-valuetext',
      '12 of 11 usable addresses needed: too small',
    );
    await expect(
      page.getByText(/needs 12 addresses but only 11 are usable.*A \/27 or larger fits\./),
    ).toBeVisible();
    await net.fill(net.textbox('Address prefix'), '10.0.1.0/24');
    await expect(net.capacityMeter).toHaveAttribute(
      'aria-valuetext',
      '12 of 251 usable addresses needed: fits',
    );
  });

  test('an invalid prefix is explained on its field', async ({ wizard }) => {
    const { page } = wizard;
    const net = new NetworkStepsPage(page);
    await net.openSubnet();
    const box = net.textbox('Address prefix');
    await net.fill(box, '10.0.1.0/33');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveAccessibleDescription(
      /"\/33" is not a prefix length; use a whole number from 0 to 32\./,
    );
    await expect(net.capacityMeter).toHaveCount(0);
  });

  test('existing subnet, outbound access and NSG settings keep the plan consistent', async ({ wizard }) => {
    const { page } = wizard;
    const net = new NetworkStepsPage(page);
    await net.openSubnet();
    await net.wizard.radio('Use an existing subnet').check();
    await expect(net.wizard.toggle('Private subnet')).not.toBeChecked();
    await net.fill(net.wizard.numberBox('Addresses already used'), '249');
    await expect(net.capacityMeter).toHaveAttribute(
      'aria-valuetext',
      '4 of 2 usable addresses needed: too small',
    );
    await net.wizard.toggle('Already has a NAT gateway').check();

    await net.wizard.radio('None').check();
    await expect(net.textbox('Network security group name')).toHaveCount(0);
    let subnet = (await net.exportedPlan()).network?.subnet;
    expect(subnet).toMatchObject({
      mode: 'existing',
      usedAddresses: 249,
      natGateway: true,
      defaultOutboundAccess: true,
    });
    expect(subnet?.networkSecurityGroup).toBeUndefined();

    await net.wizard.radio('Use an existing network security group').check();
    await expect(net.textbox('Network security group name')).toHaveValue('nsg-training');
    await net.wizard.toggle('Private subnet').check();
    subnet = (await net.exportedPlan()).network?.subnet;
    expect(subnet?.networkSecurityGroup).toEqual({
      mode: 'existing',
      name: 'nsg-training',
      securityRules: [],
    });
    expect(subnet?.defaultOutboundAccess).toBe(false);
  });

  test('Azure Databricks gets its two delegated subnets side by side', async ({ wizard }) => {
    const { page } = wizard;
    const net = new NetworkStepsPage(page);
    await net.openSubnet('Azure Databricks');
    const host = net.panel('Host subnet (public)');
    const container = net.panel('Container subnet (private)');
    await expect(host).toBeVisible();
    await expect(container).toBeVisible();
    await expect(net.capacityMeter).toHaveCount(0);
    await expect(host.getByText(/Microsoft asks for \/26 or larger/)).toBeVisible();

    await net.fill(net.textbox('Address prefix', container), '10.0.2.0/25');
    await expect(
      container.getByText(/10\.0\.2\.0\/25 overlaps the subnet "databricks-public"/),
    ).toBeVisible();
    await net.button('Use 10.0.1.0/25', container).click();

    await net.button('Remove delegation 1', host).click();
    await expect(host.getByText(/can’t use this subnet until it is delegated/)).toBeVisible();
    await net.button('Add the delegation', host).click();
    await expect(net.textbox('Delegation 1', host)).toBeFocused();

    const databricks = (await net.exportedPlan()).network?.databricks;
    expect(databricks?.privateSubnet.addressPrefix).toBe('10.0.1.0/25');
    expect(databricks?.publicSubnet.delegations).toEqual(['Microsoft.Databricks/workspaces']);
  });

  test('managed virtual network shows an explanation instead of a form', async ({ wizard }) => {
    const { page } = wizard;
    const net = new NetworkStepsPage(page);
    await wizard.radio('Managed virtual network').check();
    await wizard.next('Compute');
    await wizard.next('Virtual network');
    await expect(page.getByText(/there is no virtual network for you to plan here/)).toBeVisible();
    await wizard.next('Subnet');
    await expect(page.getByText(/there is no subnet for you to plan here/)).toBeVisible();
    await expect(net.modeGroup()).toHaveCount(0);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`network steps in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('the Virtual network step has no axe violations, with an error and a notice', async ({ wizard }) => {
      const net = new NetworkStepsPage(wizard.page);
      await net.openVnet();
      // Show an error and a notice too, so their colours are checked.
      await net.fill(net.textbox('Address space 1'), '10.0.0.5/16');
      await net.fill(regionBox(wizard.page), 'westeurope');
      await expect(net.button('Use eastus2')).toBeVisible();
      expect(await net.axeViolations()).toEqual([]);
    });

    test('the Subnet step has no axe violations, with a too-small subnet', async ({ wizard }) => {
      const net = new NetworkStepsPage(wizard.page);
      await net.openSubnet();
      await net.fill(net.textbox('Address prefix'), '10.0.1.0/29');
      await expect(net.button('Use 10.0.1.0/28')).toBeVisible();
      expect(await net.axeViolations()).toEqual([]);
    });

    test('the Azure Databricks subnets have no axe violations', async ({ wizard }) => {
      const net = new NetworkStepsPage(wizard.page);
      await net.openSubnet('Azure Databricks');
      await expect(net.panel('Container subnet (private)')).toBeVisible();
      expect(await net.axeViolations()).toEqual([]);
    });
  });
}
