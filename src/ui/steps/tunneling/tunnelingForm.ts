import ipaddr from 'ipaddr.js';
import { tunnelingSchema, type Tunneling } from '../../../core/index.ts';
import * as z from 'zod/mini';

/**
 * The Tunnelling step's schema: the plan's, with the appliance IP checked as it is typed when routes go
 * through an appliance, and dropped otherwise (the plan keeps it only for user-defined routes).
 */
export const tunnelingFormSchema = z.pipe(
  tunnelingSchema.check(
    z.superRefine((tunneling, ctx) => {
      if (tunneling.mode !== 'userDefinedRoutes') return;
      const ip = tunneling.applianceIp?.trim() ?? '';
      if (ip === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['applianceIp'],
          message: 'Enter the private IP address of the firewall or appliance, such as 10.0.0.4.',
        });
      } else if (!ipaddr.IPv4.isValidFourPartDecimal(ip)) {
        ctx.addIssue({
          code: 'custom',
          path: ['applianceIp'],
          message: `"${ip}" is not an IPv4 address. Enter the appliance's private IP, such as 10.0.0.4.`,
        });
      }
    }),
  ),
  z.transform(({ applianceIp, ...rest }): Tunneling =>
    rest.mode === 'userDefinedRoutes' && applianceIp !== undefined
      ? { ...rest, applianceIp: applianceIp.trim() }
      : rest,
  ),
);
export type TunnelingInput = z.input<typeof tunnelingFormSchema>;
