/** An office held between two partial ISO dates ("2013", "2013-03", "2013-03-16"); open ends allowed. */
export interface DatedRole<T> {
  title: T;
  from?: string | undefined;
  to?: string | undefined;
}

/** Whether a day falls within a role's dates; a partial date covers its whole month or year. */
export function heldOn(role: DatedRole<unknown>, isoDay: string): boolean {
  // "2023-01" sorts before every day of January 2023, and "2023-01\uffff" after every one of them.
  return (role.from === undefined || isoDay >= role.from) && (role.to === undefined || isoDay <= `${role.to}\uffff`);
}

/** The roles held on a given day, in the registry's order. */
export function rolesOn<T>(roles: DatedRole<T>[], isoDay: string): DatedRole<T>[] {
  return roles.filter((role) => heldOn(role, isoDay));
}
