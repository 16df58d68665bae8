// thanks-lint: the command-line linter (server/out/cli.js, the package's `thanks-lint` bin).
import { runLintCommand, serveLintLane } from './cli/lint-workers';
import { runAsProcess } from './cli/process';

// Started again as a worker thread, the bundle lints its share of a large run (cli/lint-workers).
if (!serveLintLane()) runAsProcess('thanks-lint', runLintCommand, __filename);
