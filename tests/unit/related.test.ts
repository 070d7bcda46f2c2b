import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relatedEvents } from '../../src/lib/related.ts';

const event = (id: string, participants: string[], places: string[], topics: string[]) => ({
  id,
  participants,
  places,
  topics,
});

test('related events rank shared participants above shared places and topics', () => {
  const call = event('call', ['xi', 'putin'], [], ['diplomacy']);
  const all = [
    call,
    event('summit', ['xi', 'putin'], ['beijing'], ['summits']),
    event('talk', [], [], ['diplomacy']),
    event('visit', ['xi'], [], []),
    event('war', ['zelensky'], ['kyiv'], ['ukraine-war']),
  ];
  assert.deepEqual(
    relatedEvents(call, all).map((e) => e.id),
    ['summit', 'visit', 'talk'],
  );
  assert.deepEqual(
    relatedEvents(call, all, 1).map((e) => e.id),
    ['summit'],
  );
});
