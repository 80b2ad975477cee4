import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// create-vite's react-ts template, as is.
export default defineConfig({
  plugins: [react()],
});
