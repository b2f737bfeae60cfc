import { z } from 'zod';
import { currencyField, emailField, metadataField, text, urlField } from './fields.js';

/** A customer's fields, for `POST /customers` and the inline `customer` of a checkout session. */
export const customerFields = z.object({
  first_name: text(),
  last_name: text(),
  email: emailField(),
  currency: currencyField().nullish(),
  return_url: urlField(),
  metadata: metadataField(),
});

export type CustomerFields = z.output<typeof customerFields>;
