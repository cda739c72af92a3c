import { render } from 'preact';

render(<p>Ramah</p>, document.getElementById('root')!);
