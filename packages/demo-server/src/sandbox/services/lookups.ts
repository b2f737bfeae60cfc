import type { Customer, Invoice, Token } from '../domain/types.js';
import { notFound } from '../http/api-error.js';
import type { Deps } from './deps.js';

/** Lookups scoped to the caller's project: a foreign ID answers exactly like an unknown one. */
export function customerOr404(deps: Deps, projectId: string, id: string): Customer {
  const customer = deps.store.customers.find(projectId, id);
  if (!customer) throw notFound('Customer');
  return customer;
}

export function tokenOr404(deps: Deps, projectId: string, customerId: string, id: string): Token {
  const token = deps.store.tokens.find(projectId, customerId, id);
  if (!token) throw notFound('Token');
  return token;
}

export function invoiceOr404(deps: Deps, projectId: string, id: string): Invoice {
  const invoice = deps.store.invoices.find(projectId, id);
  if (!invoice) throw notFound('Invoice');
  return invoice;
}

export function invoiceOfTransactionOr404(deps: Deps, projectId: string, transactionId: string): Invoice {
  const invoice = deps.store.transactions.invoiceOf(projectId, transactionId);
  if (!invoice) throw notFound('Transaction');
  return invoice;
}
