import type { AstroIntegration } from 'astro';
import { preCheck } from '../check/engine.ts';
import { problemReport } from '../check/problem.ts';

/** Runs the content check before every build and stops it with every problem listed (a warning in dev). */
export function contentCheck(): AstroIntegration {
  return {
    name: 'edition:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const problems = preCheck(command);
        if (!problems.length) return;
        if (command === 'build') throw new Error(problemReport(problems));
        logger.warn(problemReport(problems));
      },
    },
  };
}
