import { Global, Module } from '@nestjs/common';

import { ActivityRecorder } from './activity.recorder.js';

@Global()
@Module({ providers: [ActivityRecorder], exports: [ActivityRecorder] })
export class ActivityModule {}
