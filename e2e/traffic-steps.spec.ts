import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/TrafficStepsPage.ts';
import { switchColorScheme } from './fixtures/test.ts';

test.describe('inbound, outbound and tunnelling steps', () => {
  // Several steps, exports and axe scans each: more than the default 30 s on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test('a public IP adds inbound 44224 from AzureMachineLearning; SSH from a source adds its rule', async ({
    traffic,
    page,
  }) => {
    await traffic.open('Inbound');
    const rule44224 = traffic.row(traffic.plannedInbound, 'AllowAzureMachineLearningInbound');
    await expect(traffic.plannedInbound).toHaveCount(0);
    await expect(page.getByText('The plan adds no inbound rules')).toBeVisible();

    await traffic.wizard.radio('Public IP').check();
    await expect(rule44224).toHaveCount(1);
    expect(await traffic.cells(rule44224)).toEqual([
      expect.any(String),
      'AllowAzureMachineLearningInbound',
      'Allow',
      'TCP',
      'AzureMachineLearning',
      'VirtualNetwork',
      '44224',
    ]);
    await expect(
      traffic.row(traffic.inboundFlows, 'TCP 44224 from AzureMachineLearning', 'Allowed'),
    ).toHaveCount(1);

    await traffic.wizard.toggle('SSH access').check();
    await traffic.wizard.fill(traffic.wizard.textbox('Allowed SSH source'), '*');
    await expect(page.getByText('anyone can try to sign in')).toBeVisible();
    await traffic.wizard.fill(traffic.wizard.textbox('Allowed SSH source'), '203.0.113.0/24');
    await expect(page.getByText('anyone can try to sign in')).toHaveCount(0);
    await expect(traffic.row(traffic.plannedInbound, 'AllowSshInbound', '203.0.113.0/24', '22')).toHaveCount(
      1,
    );

    const plan = await traffic.exportedPlan();
    expect(plan.compute).toMatchObject({
      kind: 'computeCluster',
      publicIp: true,
      ssh: { enabled: true, port: 22, sourceAddressPrefix: '203.0.113.0/24' },
    });
    // Planned rules are derived when generating, never stored in the plan.
    expect(plan.network?.subnet?.networkSecurityGroup?.securityRules).toEqual([]);
  });

  test('restricting outbound lists every rule it adds, UDP 5831 and the final deny included', async ({
    traffic,
    page,
  }) => {
    await traffic.open('Outbound');
    await traffic.wizard.radio('Unrestricted').check();
    await expect(page.getByText('None: outbound isn’t restricted')).toBeVisible();
    await expect(
      traffic.row(
        traffic.outboundFlows,
        'UDP 5831 to AzureMachineLearning',
        'Allowed',
        'AllowInternetOutBound',
      ),
    ).toHaveCount(1);

    await traffic.wizard.radio('Restricted to what Azure Machine Learning needs').check();
    const udp = traffic.row(traffic.plannedOutbound, 'AllowAzureMachineLearningUdpOutbound');
    await expect(udp).toHaveCount(1);
    expect((await traffic.cells(udp)).slice(1)).toEqual([
      'AllowAzureMachineLearningUdpOutbound',
      'Allow',
      'UDP',
      'VirtualNetwork',
      'AzureMachineLearning',
      '5831',
    ]);
    const deny = traffic.row(traffic.plannedOutbound, 'DenyInternetOutbound');
    expect(await traffic.cells(deny)).toEqual([
      '4096',
      'DenyInternetOutbound',
      'Deny',
      'Any',
      'VirtualNetwork',
      'Internet',
      'Any',
    ]);
    await expect(
      traffic.row(
        traffic.outboundFlows,
        'UDP 5831 to AzureMachineLearning',
        'Allowed',
        'AllowAzureMachineLearningUdpOutbound',
      ),
    ).toHaveCount(1);

    await expect(traffic.row(traffic.plannedOutbound, 'AllowStorageSmbOutbound')).toHaveCount(0);
    await traffic.wizard.toggle('Azure file shares (TCP 445)').check();
    await expect(
      traffic.row(traffic.plannedOutbound, 'AllowStorageSmbOutbound', 'Storage.eastus2', '445'),
    ).toHaveCount(1);

    const plan = await traffic.exportedPlan();
    expect(plan.outbound).toEqual({
      restrict: true,
      microsoftImages: true,
      azureMonitor: true,
      azureMonitorPrivateLink: false,
      storageFileShares: true,
      publicContainerRegistry: true,
      containerRegistryPrivateEndpoint: false,
    });
  });

  test('user-defined routes need a valid appliance IP, then list their routes; NAT gateway adds none', async ({
    traffic,
    page,
  }) => {
    await traffic.open('Tunnelling');
    await traffic.wizard.radio('Through a firewall (user-defined routes)').check();
    await expect(traffic.applianceIp).toHaveAttribute('aria-invalid', 'true');
    await expect(traffic.applianceIp).toHaveAccessibleDescription(
      /Enter the private IP address of the firewall/,
    );
    await expect(traffic.plannedRoutes).toHaveCount(0);

    await traffic.wizard.fill(traffic.applianceIp, '10.0.0');
    await expect(traffic.applianceIp).toHaveAccessibleDescription(/"10.0.0" is not an IPv4 address/);
    await traffic.wizard.fill(traffic.applianceIp, '10.0.0.4');
    await expect(traffic.applianceIp).not.toHaveAttribute('aria-invalid', 'true');
    expect(await traffic.cells(traffic.row(traffic.plannedRoutes, 'DefaultToAppliance'))).toEqual([
      'DefaultToAppliance',
      '0.0.0.0/0',
      'Virtual appliance 10.0.0.4',
    ]);
    // No public IPs and no NAT gateway: nothing bypasses the firewall (next hop Internet would drop it).
    await expect(traffic.row(traffic.plannedRoutes, 'AzureMachineLearningToInternet')).toHaveCount(0);
    await expect(traffic.row(traffic.plannedRoutes, 'BatchNodeManagement.eastus2')).toHaveCount(0);
    await expect(page.getByText('Your firewall must allow UDP 5831')).toBeVisible();

    const routed = await traffic.exportedPlan();
    expect(routed.tunneling).toEqual({
      mode: 'userDefinedRoutes',
      applianceIp: '10.0.0.4',
      routeTargets: 'serviceTags',
      routeBatchNodeManagement: true,
    });

    await traffic.wizard.radio('NAT gateway').check();
    await expect(traffic.plannedRoutes).toHaveCount(0);
    await expect(page.getByText('None: only user-defined routes add routes.')).toBeVisible();
    const natted = await traffic.exportedPlan();
    expect(natted.tunneling).toEqual({
      mode: 'natGateway',
      routeTargets: 'serviceTags',
      routeBatchNodeManagement: true,
    });
  });

  test('an inbound rule is added, edited and removed in a dialog with the keyboard alone', async ({
    traffic,
    page,
  }) => {
    const { wizard } = traffic;
    await traffic.goto();
    for (const step of ['Compute', 'Virtual network', 'Subnet', 'Inbound'] as const) {
      await traffic.tabTo(wizard.nextButton);
      await page.keyboard.press('Enter');
      await traffic.wizard.expectStep(step);
    }
    await traffic.tabTo(wizard.radio('No public IP (recommended)'));
    await page.keyboard.press('ArrowDown');
    await expect(wizard.radio('Public IP')).toBeChecked();
    await expect(traffic.row(traffic.plannedInbound, 'AllowAzureMachineLearningInbound')).toHaveCount(1);

    await traffic.tabTo(page.getByRole('button', { name: 'Add an inbound rule' }));
    await page.keyboard.press('Enter');
    await expect(traffic.ruleDialog).toBeVisible();
    await expect(traffic.dialogBox('Rule name')).toBeFocused();
    await page.keyboard.type('Allow-Corp');
    await traffic.tabTo(traffic.dialogBox('Source'));
    await page.keyboard.type('203.0.113.0/24');
    await traffic.tabTo(traffic.dialogBox('Destination ports'));
    await page.keyboard.type('22');
    await page.keyboard.press('Enter');
    await expect(traffic.ruleDialog).toHaveCount(0);
    const table = traffic.table('Inbound rules on nsg-training');
    await expect(traffic.row(table, 'Allow-Corp', '203.0.113.0/24', '22')).toHaveCount(1);

    await traffic.tabTo(page.getByRole('button', { name: 'Edit rule Allow-Corp' }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await traffic.tabTo(traffic.ruleDialog.getByRole('spinbutton', { name: 'Priority' }));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('50');
    await expect(
      traffic.ruleDialog.getByRole('spinbutton', { name: 'Priority' }),
    ).toHaveAccessibleDescription(/from 100 to 4096/);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('300');
    await page.keyboard.press('Enter');
    await expect(traffic.ruleDialog).toHaveCount(0);
    await expect(traffic.row(table, 'Allow-Corp').getByRole('cell').first()).toHaveText('300');
    await expect(page.getByRole('button', { name: 'Edit rule Allow-Corp' })).toBeFocused();

    const plan = await traffic.exportedPlan();
    expect(plan.network?.subnet?.networkSecurityGroup?.securityRules).toEqual([
      {
        name: 'Allow-Corp',
        properties: {
          priority: 300,
          direction: 'Inbound',
          access: 'Allow',
          protocol: 'Tcp',
          sourceAddressPrefix: '203.0.113.0/24',
          sourcePortRange: '*',
          destinationAddressPrefix: 'VirtualNetwork',
          destinationPortRange: '22',
        },
      },
    ]);

    await traffic.tabTo(page.getByRole('button', { name: 'Remove rule Allow-Corp' }));
    await page.keyboard.press('Enter');
    await expect(traffic.row(table, 'Allow-Corp')).toHaveCount(0);
    expect((await traffic.exportedPlan()).network?.subnet?.networkSecurityGroup?.securityRules).toEqual([]);
  });
});

test('under a managed virtual network, the managed network mode decides egress', async ({
  traffic,
  page,
}) => {
  await traffic.goto();
  await traffic.wizard.importPlan(
    'managed.plan.json',
    await readFile('examples/managed-vnet.plan.json', 'utf8'),
  );
  await expect(page.getByText('Plan imported')).toBeVisible();
  await traffic.walkTo('Outbound');
  await expect(
    page.getByText(/the managed network mode you chose in the first step decides outbound traffic/),
  ).toBeVisible();
  await expect(traffic.wizard.radio('Unrestricted')).toHaveCount(0);
  await traffic.wizard.next('Tunnelling');
  await expect(
    page.getByText(/the managed network mode you chose in the first step decides outbound traffic/),
  ).toBeVisible();
  await expect(traffic.wizard.radio('NAT gateway')).toHaveCount(0);
});

test.describe('accessibility of the traffic steps', () => {
  test.describe.configure({ timeout: 90_000 });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the traffic steps have no axe violations in ${colorScheme} mode`, async ({ traffic, page }) => {
      await switchColorScheme(page, colorScheme);
      await traffic.open('Inbound');
      await traffic.wizard.radio('Public IP').check();
      await traffic.wizard.toggle('SSH access').check();
      await traffic.wizard.fill(traffic.wizard.textbox('Allowed SSH source'), 'Internet');
      await expect(traffic.plannedInbound).toBeVisible();
      expect(await traffic.axeViolations()).toEqual([]);

      await page.getByRole('button', { name: 'Add an inbound rule' }).click();
      await traffic.wizard.fill(traffic.dialogBox('Rule name'), '-bad');
      await expect(traffic.dialogBox('Rule name')).toHaveAttribute('aria-invalid', 'true');
      expect(await traffic.axeViolations()).toEqual([]);
      await traffic.ruleDialog.getByRole('button', { name: 'Cancel' }).click();

      // Public IP and SSH from the internet are warned about (findings come in after a short pause).
      await traffic.wizard.acknowledgeWarnings.check();
      await traffic.wizard.next('Outbound');
      await expect(traffic.plannedOutbound).toBeVisible();
      expect(await traffic.axeViolations()).toEqual([]);

      await traffic.wizard.next('Tunnelling');
      await traffic.wizard.radio('Through a firewall (user-defined routes)').check();
      await expect(traffic.applianceIp).toHaveAttribute('aria-invalid', 'true');
      expect(await traffic.axeViolations()).toEqual([]);
      await traffic.wizard.fill(traffic.applianceIp, '10.0.0.4');
      await expect(traffic.plannedRoutes).toBeVisible();
      expect(await traffic.axeViolations()).toEqual([]);
    });
  }
});
