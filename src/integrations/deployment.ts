/**
 * The deployment of this build, read once by astro.config.mjs. A setting that cannot be used ends
 * the build with its one-line reason and no stack trace; a local build says where its links point.
 */
import { DeploymentConfigError, resolveDeployment, type Deployment } from '../domain/site-paths.ts';

/** The deployment from the environment, or exit 1 with the reason. */
export function deploymentOf(
  environment: Readonly<Record<string, string | undefined>>,
): Deployment {
  try {
    const deployment = resolveDeployment(environment);
    if (deployment.local) {
      console.warn(
        `[oewg] SITE_URL is not set: a local build, its absolute links point to ${deployment.site}${deployment.base} (npm start, npm run preview). Set SITE_URL to deploy.`,
      );
    }
    return deployment;
  } catch (error) {
    if (!(error instanceof DeploymentConfigError)) throw error;
    console.error(`[oewg] ${error.message}`);
    process.exit(1);
  }
}
