import type { Customer } from '../domain/types.js';
import type { Db } from './database.js';
import { readMetadata } from './json-columns.js';

interface CustomerRow {
  id: string;
  project_id: string;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  currency: string | null;
  return_url: string | null;
  metadata: string;
  created_at: string;
}

const toCustomer = (r: CustomerRow): Customer => ({
  id: r.id,
  projectId: r.project_id,
  firstName: r.first_name,
  lastName: r.last_name,
  email: r.email,
  currency: r.currency,
  returnUrl: r.return_url,
  metadata: readMetadata(r.metadata),
  createdAt: r.created_at,
});

export function customerStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO customers (id, project_id, first_name, last_name, email, currency, return_url, metadata, created_at)
     VALUES (@id, @projectId, @firstName, @lastName, @email, @currency, @returnUrl, @metadata, @createdAt)`,
  );
  const find = db.prepare<[string, string], CustomerRow>(
    'SELECT * FROM customers WHERE project_id = ? AND id = ?',
  );

  return {
    insert: (customer: Customer) => insert.run({ ...customer, metadata: JSON.stringify(customer.metadata) }),
    /** Scoped by project: another project's customer is indistinguishable from a missing one. */
    find: (projectId: string, id: string): Customer | undefined => {
      const row = find.get(projectId, id);
      return row && toCustomer(row);
    },
  };
}
