/** What relates two events: the people, places and topics they share. */
export interface Relatable {
  id: string;
  participants: string[];
  places: string[];
  topics: string[];
}

/** The events most related to one, by shared participants (weighted most), places and topics. */
export function relatedEvents<T extends Relatable>(event: T, all: T[], limit = 5): T[] {
  const score = (other: T) =>
    3 * other.participants.filter((id) => event.participants.includes(id)).length +
    2 * other.places.filter((id) => event.places.includes(id)).length +
    other.topics.filter((id) => event.topics.includes(id)).length;
  return all
    .filter((other) => other.id !== event.id)
    .map((other) => ({ other, score: score(other) }))
    .filter(({ score: s }) => s > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ other }) => other);
}
