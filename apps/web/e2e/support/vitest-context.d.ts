// inject('testDatabase') is typed by the database package's globalSetup, which declares the context.
import type {} from '@shelf/db/testing/global-setup';
