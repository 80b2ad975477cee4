/**
 * The code the benchmark runs inside Chromium. Built twice by run.mjs: with React's production
 * build (timings) and with its profiling build (commit counts; production React skips Profiler
 * callbacks). Everything is measured in the page with performance.now().
 */
import '../../src/styles.css';
import './bench.css';
import { countdown } from './countdown';
import { rows } from './rows';

Object.assign(window, { bench: { rows, countdown } });
